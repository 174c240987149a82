package com.baokao.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.baokao.application.ProofRequirements.Line;
import com.baokao.application.ProofRequirements.Need;
import com.baokao.application.ProofRequirements.Rule;
import com.baokao.application.ProofRequirements.Verdict;
import com.baokao.catalogue.ProofKind;
import com.baokao.i18n.BaokaoException;
import com.baokao.profile.BasicInfo;
import com.baokao.profile.Education;
import com.baokao.profile.InvoiceKind;
import com.baokao.profile.PracticeCategory;
import com.baokao.profile.UnitType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Which proofs an application needs (seed 002: no work proof for medical majors with a college degree or above,
 * where the session says so) and whether the files complete them, on every combination of session setting,
 * candidate, rule and upload; and the two readers of the answer, submit and the reviewer's checklist, agree.
 */
class ProofRequirementsTest {

    private static final int MAX_KB = 200;

    private static BasicInfo candidate(Education education, boolean medicalMajor) {
        return new BasicInfo(7L, education, "护理", medicalMajor, LocalDate.of(2015, 7, 1), "某医院",
                UnitType.PUBLIC_INSTITUTION, null, 8, PracticeCategory.NONE, null, InvoiceKind.PERSONAL, null, null);
    }

    /** Every education (and none yet), medical or not. */
    private static List<BasicInfo> everyCandidate() {
        List<BasicInfo> all = new ArrayList<>();
        List<Education> educations = new ArrayList<>(Arrays.asList(Education.values()));
        educations.add(null);
        for (Education education : educations) {
            for (boolean medical : new boolean[] {false, true}) {
                all.add(candidate(education, medical));
            }
        }
        all.add(null);
        all.add(BasicInfo.empty());
        return all;
    }

    /** Nothing uploaded, a file at the limit, a file one byte over it. */
    private static final List<Long> UPLOADS = Arrays.asList(null, MAX_KB * 1024L, MAX_KB * 1024L + 1);

    private static boolean medicalCollegeOrAbove(BasicInfo c) {
        return c != null && c.medicalMajor() && c.education() != null && c.education().compareTo(Education.COLLEGE) >= 0;
    }

    @Test
    void theWorkProofIsWaivedExactlyForMedicalMajorsWithACollegeDegreeWhereTheSessionSaysSo() {
        for (boolean sessionWaives : new boolean[] {false, true}) {
            for (BasicInfo c : everyCandidate()) {
                for (ProofKind kind : ProofKind.values()) {
                    for (boolean required : new boolean[] {false, true}) {
                        Need expected = !required ? Need.OPTIONAL
                                : kind == ProofKind.WORK && sessionWaives && medicalCollegeOrAbove(c) ? Need.WAIVED
                                : Need.REQUIRED;
                        assertThat(ProofRequirements.need(new Rule(kind, MAX_KB, required), sessionWaives, c))
                                .as("%s required=%s session waives=%s candidate=%s", kind, required, sessionWaives, c)
                                .isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void collegeIsTheThreshold() {
        Rule work = new Rule(ProofKind.WORK, MAX_KB, true);
        assertThat(ProofRequirements.need(work, true, candidate(Education.SECONDARY_VOCATIONAL, true))).isEqualTo(Need.REQUIRED);
        assertThat(ProofRequirements.need(work, true, candidate(Education.COLLEGE, true))).isEqualTo(Need.WAIVED);
        assertThat(ProofRequirements.need(work, true, candidate(Education.DOCTOR, true))).isEqualTo(Need.WAIVED);
        assertThat(ProofRequirements.need(work, true, candidate(Education.DOCTOR, false))).isEqualTo(Need.REQUIRED);
        assertThat(ProofRequirements.need(work, false, candidate(Education.DOCTOR, true))).isEqualTo(Need.REQUIRED);
    }

    @Test
    void aFileIsCheckedAgainstItsLimitWhateverTheNeedAndAMissingOneOnlyCountsWhenRequired() {
        for (Need need : Need.values()) {
            assertThat(ProofRequirements.verdict(need, MAX_KB, MAX_KB * 1024L)).isEqualTo(Verdict.PRESENT);
            assertThat(ProofRequirements.verdict(need, MAX_KB, MAX_KB * 1024L + 1)).isEqualTo(Verdict.TOO_LARGE);
        }
        assertThat(ProofRequirements.verdict(Need.REQUIRED, MAX_KB, null)).isEqualTo(Verdict.MISSING);
        assertThat(ProofRequirements.verdict(Need.WAIVED, MAX_KB, null)).isEqualTo(Verdict.WAIVED);
        assertThat(ProofRequirements.verdict(Need.OPTIONAL, MAX_KB, null)).isEqualTo(Verdict.NOT_UPLOADED);
    }

    /** The bug of issue 14: submit let a waived candidate through, the reviewer saw "work proof missing". */
    @Test
    void aWaivedCandidateWithoutAWorkProofIsCompleteForSubmitAndForTheReviewer() {
        List<Rule> rules = List.of(new Rule(ProofKind.ID_CARD_FRONT, 100, true), new Rule(ProofKind.EDUCATION, 200, true),
                new Rule(ProofKind.WORK, 200, true));
        Map<ProofKind, Long> uploaded = Map.of(ProofKind.ID_CARD_FRONT, 50_000L, ProofKind.EDUCATION, 150_000L);
        List<Line> lines = ProofRequirements.check(rules, true, candidate(Education.BACHELOR, true), uploaded);

        Line work = lines.get(2);
        assertThat(work.kind()).isEqualTo(ProofKind.WORK);
        assertThat(work.verdict()).isEqualTo(Verdict.WAIVED);
        assertThat(work.passes()).isTrue();
        assertThat(work.reviewKey()).isEqualTo("review.check.proof.waived");
        assertThat(ProofRequirements.refusal(lines)).isEmpty();

        // the same candidate for a session without the waiver: both say the work proof is missing
        List<Line> strict = ProofRequirements.check(rules, false, candidate(Education.BACHELOR, true), uploaded);
        assertThat(strict.get(2).reviewKey()).isEqualTo("review.check.proof.missing");
        assertThat(ProofRequirements.refusal(strict)).map(BaokaoException::getMessageKey)
                .contains("application.proof.missing.WORK");
    }

    @Test
    void submitRefusesExactlyWhenTheChecklistShowsAFailureAndNamesTheFirstOne() {
        List<Rule> rules = List.of(new Rule(ProofKind.EDUCATION, MAX_KB, true), new Rule(ProofKind.WORK, MAX_KB, true),
                new Rule(ProofKind.PRACTICE_CERTIFICATE, MAX_KB, false));
        int combinations = 0;
        for (boolean sessionWaives : new boolean[] {false, true}) {
            for (BasicInfo c : everyCandidate()) {
                for (Long education : UPLOADS) {
                    for (Long work : UPLOADS) {
                        for (Long practice : UPLOADS) {
                            Map<ProofKind, Long> uploaded = new EnumMap<>(ProofKind.class);
                            put(uploaded, ProofKind.EDUCATION, education);
                            put(uploaded, ProofKind.WORK, work);
                            put(uploaded, ProofKind.PRACTICE_CERTIFICATE, practice);
                            List<Line> lines = ProofRequirements.check(rules, sessionWaives, c, uploaded);
                            Optional<Line> firstFailure = lines.stream().filter(l -> !l.passes()).findFirst();
                            Optional<BaokaoException> refusal = ProofRequirements.refusal(lines);
                            String what = "waives=" + sessionWaives + " " + c + " " + uploaded;
                            assertThat(refusal.isPresent()).as(what).isEqualTo(firstFailure.isPresent());
                            assertThat(ProofRequirements.complete(lines)).as(what).isEqualTo(firstFailure.isEmpty());
                            firstFailure.ifPresent(f -> assertThat(refusal.get().getMessageKey()).as(what).isEqualTo(
                                    (f.verdict() == Verdict.MISSING ? "application.proof.missing." : "application.proof.tooLarge.")
                                            + f.kind().name()));
                            combinations++;
                        }
                    }
                }
            }
        }
        assertThat(combinations).isEqualTo(2 * everyCandidate().size() * UPLOADS.size() * UPLOADS.size() * UPLOADS.size());
    }

    private static void put(Map<ProofKind, Long> uploaded, ProofKind kind, Long size) {
        if (size != null) {
            uploaded.put(kind, size);
        }
    }

    @Test
    void linesFollowTheSessionRulesInOrder() {
        List<Rule> rules = List.of(new Rule(ProofKind.WORK, 200, true), new Rule(ProofKind.ID_CARD_FRONT, 100, false));
        List<Line> lines = ProofRequirements.check(rules, false, null, Map.of());
        assertThat(lines).extracting(Line::kind).containsExactly(ProofKind.WORK, ProofKind.ID_CARD_FRONT);
        assertThat(lines).extracting(Line::maxKb).containsExactly(200, 100);
        assertThat(lines).extracting(Line::need).containsExactly(Need.REQUIRED, Need.OPTIONAL);
    }

    @Test
    void everySentenceEitherPathCanSayIsInBothBundles() throws IOException {
        for (String suffix : List.of("", "_en")) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/com/baokao/i18n/messages" + suffix + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Verdict verdict : Verdict.values()) {
                assertThat(bundle).as(suffix).containsKey(verdict.reviewKey());
            }
            for (ProofKind kind : ProofKind.values()) {
                assertThat(bundle).as(suffix).containsKey("application.proof.missing." + kind.name())
                        .containsKey("application.proof.tooLarge." + kind.name()).containsKey("proof.kind." + kind.name());
            }
        }
    }
}
