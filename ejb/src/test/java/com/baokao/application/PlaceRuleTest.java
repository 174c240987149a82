package com.baokao.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.baokao.application.PlaceRule.Count;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceRuleTest {

    private static final long SITE_A = 10;
    private static final long SITE_B = 20;
    private static final long SITE_C = 30;
    private static final long SUBJECT_1 = 100;
    private static final long SUBJECT_2 = 200;

    @Test
    void aSiteWithoutACountTakesEveryone() {
        List<Count> counts = List.of(new Count(1, SITE_A, null, 5, 5));
        assertThat(PlaceRule.left(counts, SITE_B, Set.of(SUBJECT_1))).isNull();
        assertThat(PlaceRule.fits(counts, SITE_B, Set.of(SUBJECT_1))).isTrue();
        assertThat(PlaceRule.needed(counts, SITE_B, Set.of(SUBJECT_1))).isEmpty();
    }

    @Test
    void theWholeSiteCountAppliesWhateverTheSubjects() {
        List<Count> counts = List.of(new Count(1, SITE_A, null, 5, 3));
        assertThat(PlaceRule.left(counts, SITE_A, Set.of())).isEqualTo(2);
        assertThat(PlaceRule.left(counts, SITE_A, Set.of(SUBJECT_1, SUBJECT_2))).isEqualTo(2);
    }

    @Test
    void aSubjectCountAppliesOnlyToThoseWhoSitThatSubject() {
        List<Count> counts = List.of(new Count(7, SITE_A, SUBJECT_2, 10, 10));
        assertThat(PlaceRule.fits(counts, SITE_A, Set.of(SUBJECT_1))).isTrue();
        assertThat(PlaceRule.fits(counts, SITE_A, Set.of(SUBJECT_1, SUBJECT_2))).isFalse();
    }

    @Test
    void theTightestCountDecidesAndPlacesAreTakenInIdOrder() {
        List<Count> counts = List.of(new Count(9, SITE_A, SUBJECT_1, 50, 49), new Count(3, SITE_A, null, 100, 10),
                new Count(5, SITE_B, null, 1, 0));
        assertThat(PlaceRule.left(counts, SITE_A, Set.of(SUBJECT_1))).isEqualTo(1);
        assertThat(PlaceRule.needed(counts, SITE_A, Set.of(SUBJECT_1))).extracting(Count::id).containsExactly(3L, 9L);
    }

    @Test
    void aFullSiteNamesTheSitesThatStillHavePlacesInTheirOrder() {
        List<Count> counts = List.of(new Count(1, SITE_A, null, 100, 100), new Count(2, SITE_B, null, 100, 99),
                new Count(3, SITE_C, SUBJECT_1, 20, 20));
        List<Long> area = Arrays.asList(SITE_C, SITE_A, SITE_B, 40L);
        assertThat(PlaceRule.sitesWithPlaces(counts, area, Set.of(SUBJECT_1))).containsExactly(SITE_B, 40L);
        assertThat(PlaceRule.sitesWithPlaces(counts, area, Set.of(SUBJECT_2))).containsExactly(SITE_C, SITE_B, 40L);
    }

    @Test
    void leftNeverGoesBelowZero() {
        assertThat(new Count(1, SITE_A, null, 3, 5).left()).isZero();
    }

    @Test
    void everyStatusFromSubmissionOnHoldsAPlaceUntilWithdrawnRefusedOrAbandoned() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            boolean released = status == ApplicationStatus.DRAFT || status == ApplicationStatus.REFUSED
                    || status == ApplicationStatus.ABANDONED;
            assertThat(status.holdsPlace()).as(status.name()).isEqualTo(!released);
        }
    }
}
