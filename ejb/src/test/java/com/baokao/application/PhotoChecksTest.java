package com.baokao.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.baokao.catalogue.PhotoRule;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PhotoChecksTest {

    private final PhotoChecks checks = new PhotoChecks();
    private final AtomicInteger inspections = new AtomicInteger();

    private ApplicationView.PhotoCheck inspected(ApplicationView.PhotoCheck answer) {
        inspections.incrementAndGet();
        return answer;
    }

    @Test
    void theSamePhotoUnderTheSameRuleIsInspectedOnce() {
        PhotoRule rule = PhotoRule.standard();
        for (int i = 0; i < 5; i++) {
            assertThat(checks.check("aa11", rule, () -> inspected(ApplicationView.PhotoCheck.FITS)))
                    .isEqualTo(ApplicationView.PhotoCheck.FITS);
        }
        assertThat(inspections).hasValue(1);
    }

    @Test
    void anotherPhotoOrAChangedRuleIsInspectedAfresh() {
        ApplicationView.PhotoCheck tooSmall = new ApplicationView.PhotoCheck(false,
                List.of(new ApplicationView.PhotoCheck.Reason("photo.tooSmall", List.of("20"))));
        PhotoRule standard = PhotoRule.standard();
        PhotoRule stricter = new PhotoRule(standard.getWidth(), standard.getHeight(), standard.isExactSize(),
                standard.getMinKb() + 10, standard.getMaxKb(), standard.getBackgrounds());
        PhotoRule whiteOnly = new PhotoRule(standard.getWidth(), standard.getHeight(), standard.isExactSize(),
                standard.getMinKb(), standard.getMaxKb(), "WHITE");
        assertThat(checks.check("aa11", standard, () -> inspected(ApplicationView.PhotoCheck.FITS)).fits()).isTrue();
        assertThat(checks.check("aa11", stricter, () -> inspected(tooSmall))).isEqualTo(tooSmall);
        assertThat(checks.check("aa11", whiteOnly, () -> inspected(tooSmall))).isEqualTo(tooSmall);
        assertThat(checks.check("bb22", standard, () -> inspected(tooSmall))).isEqualTo(tooSmall);
        assertThat(inspections).hasValue(4);
        // and each keeps its own answer
        assertThat(checks.check("aa11", standard, () -> inspected(tooSmall)).fits()).isTrue();
        assertThat(inspections).hasValue(4);
    }

    @Test
    void theMemoryStaysBounded() {
        PhotoRule rule = PhotoRule.standard();
        for (int i = 0; i < PhotoChecks.MAX_ENTRIES + 10; i++) {
            checks.check("photo" + i, rule, () -> ApplicationView.PhotoCheck.FITS);
        }
        assertThat(checks.size()).isLessThanOrEqualTo(PhotoChecks.MAX_ENTRIES);
    }
}
