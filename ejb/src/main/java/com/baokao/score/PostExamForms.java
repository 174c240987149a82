package com.baokao.score;

import com.baokao.account.Account;
import com.baokao.application.Application;
import com.baokao.application.ApplicationDocuments;
import com.baokao.application.ApplicationMoves;
import com.baokao.application.FormCode;
import com.baokao.application.FormCodes;
import com.baokao.application.OwnApplications;
import com.baokao.application.PostExamReview;
import com.baokao.application.ScoreRecord;
import com.baokao.application.VerificationCode;
import com.baokao.document.QualificationFormData;
import com.baokao.document.QualificationFormPdf;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import com.baokao.platform.BusinessTime;
import com.baokao.platform.Caller;
import com.baokao.platform.PlatformSecrets;
import com.baokao.seating.IssuedTicket;
import com.baokao.staff.Reach;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The post-exam qualification review form (考后资质审核表, seed 000): where the exam reviews after the exam, a candidate
 * whose scores are released and who passed every subject prints it while the review is pending. Its verification
 * code is the registration form's scheme ({@link VerificationCode}, same key, over everything this form prints), and
 * is remembered like the registration form's ({@link FormCodes}), so staff can tell a current printout from a stale
 * one: the reviewer's page shows the current code and whether that code was printed.
 */
@Stateless
public class PostExamForms {

    /** What the reviewer sees of the form: {@code code} null when the candidate cannot print one. */
    public record ReviewerView(boolean due, String code, boolean printed, Instant printedAt) implements Serializable {
    }

    /** First of the printed content: a registration form never prints this, so the two codes never coincide. */
    static final String KIND = "考后资质审核表";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    PlatformSecrets secrets;

    @EJB
    FormCodes formCodes;

    @EJB
    ApplicationMoves moves;

    /**
     * The rule: the exam's region reviews after the exam, that review is still pending, the session's scores are
     * released, and the application has scores, every one a pass and none void.
     */
    public static boolean due(boolean reviewAfterExam, PostExamReview review, boolean released, List<Boolean> validPasses) {
        return reviewAfterExam && review == PostExamReview.PENDING && released && !validPasses.isEmpty()
                && validPasses.stream().allMatch(Boolean::booleanValue);
    }

    /** Whether the candidate's own application has a form to print now (the application page's link). */
    @RolesAllowed("CANDIDATE")
    public boolean dueFor(long applicationId) {
        return due(OwnApplications.own(em, context, applicationId));
    }

    /** The form as PDF, with the code of the application as it is now; remembered for the reviewer. */
    @RolesAllowed("CANDIDATE")
    public byte[] form(long applicationId) {
        Application application = OwnApplications.own(em, context, applicationId);
        if (!due(application)) {
            throw new BaokaoException("postExamForm.notDue");
        }
        QualificationFormData data = data(application);
        formCodes.remember(data.verificationCode(), applicationId);
        return QualificationFormPdf.render(data);
    }

    /** For the reviewer of the application: the current code and whether the candidate printed it. */
    @RolesAllowed({"REVIEWER", "ADMIN"})
    public ReviewerView forReviewer(long applicationId) {
        Application a = em.find(Application.class, applicationId);
        Reach reach = context.isCallerInRole("ADMIN") ? Reach.everything() : Reach.of(em, Caller.accountId(context));
        if (a == null || !reach.covers(a.getRegion() == null ? null : a.getRegion().getId(),
                a.getReviewPoint() == null ? null : a.getReviewPoint().getId(), a.getSite() == null ? null : a.getSite().getId())) {
            throw new BaokaoException("postExamForm.notFound");
        }
        if (!due(a)) {
            return new ReviewerView(false, null, false, null);
        }
        String code = data(a).verificationCode();
        FormCode printed = em.find(FormCode.class, code);
        return new ReviewerView(true, code, printed != null, printed == null ? null : printed.getIssuedAt());
    }

    private boolean due(Application a) {
        if (a.getPostExamReview() != PostExamReview.PENDING) {
            return false; // before the route is read: most applications never have a post-exam review
        }
        return due(moves.routeOf(a).reviewAfterExam(), a.getPostExamReview(), a.getSession().resultsReleased(clock.instant()),
                scores(a).stream().map(r -> r.isPassed() && !r.isVoided()).toList());
    }

    private List<ScoreRecord> scores(Application a) {
        return em.createQuery("select r from ScoreRecord r where r.applicationId = :a", ScoreRecord.class)
                .setParameter("a", a.getId()).getResultList().stream()
                .sorted(Comparator.comparing(ScoreRecord::getSubjectCode)).toList();
    }

    private QualificationFormData data(Application a) {
        Locale zh = UserMessages.DEFAULT_LOCALE;
        Account account = em.find(Account.class, a.getAccountId());
        String ticket = em.createQuery("select t.ticketNumber from IssuedTicket t where t.applicationId = :a", String.class)
                .setParameter("a", a.getId()).getResultStream().findFirst().orElse("");
        List<QualificationFormData.SubjectLine> subjects = scores(a).stream().map(r -> new QualificationFormData.SubjectLine(
                r.getSubjectCode(), r.getSubjectName(), String.valueOf(r.getExamDate()), plain(r.getScore()),
                plain(r.getPassMark()), UserMessages.format(zh, r.isVoided() ? "postExamForm.void"
                        : r.isPassed() ? "postExamForm.pass" : "postExamForm.fail"))).toList();
        QualificationFormData draft = new QualificationFormData(a.getSession().getName(), a.getSession().getCode(),
                nz(ApplicationDocuments.serial(a)), ticket, account.getFullName(),
                account.getSex() == null ? "" : UserMessages.format(zh, "form.sex." + account.getSex()),
                String.valueOf(account.getBirthDate()),
                UserMessages.format(zh, "form.idType." + account.getIdType()), account.getIdNumber(), nz(account.getPhone()),
                a.getRegion().getName(), a.getSite() == null ? "" : a.getSite().getName(),
                a.getLevel() == null ? "" : a.getLevel().getName(), a.getSpecialty() == null ? "" : a.getSpecialty().getName(),
                a.getCondition() == null ? "" : a.getCondition().getText(), subjects, "", "");
        String code = VerificationCode.of(secrets.key(ApplicationDocuments.FORM_KEY), printedContent(draft));
        return new QualificationFormData(draft.examName(), draft.examCode(), draft.serialNumber(), draft.ticketNumber(),
                draft.fullName(), draft.sex(), draft.birthDate(), draft.idType(), draft.idNumber(), draft.phone(),
                draft.region(), draft.site(), draft.level(), draft.specialty(), draft.condition(), draft.subjects(), code,
                WHEN.format(LocalDateTime.now(clock.withZone(BusinessTime.ZONE))));
    }

    /** Everything the form prints but the code and the time: the code covers exactly this. */
    static List<String> printedContent(QualificationFormData d) {
        List<String> parts = new ArrayList<>(Arrays.asList(KIND, d.examCode(), d.examName(), d.serialNumber(),
                d.ticketNumber(), d.fullName(), d.sex(), d.birthDate(), d.idType(), d.idNumber(), d.phone(), d.region(),
                d.site(), d.level(), d.specialty(), d.condition()));
        d.subjects().forEach(s -> parts.addAll(List.of(s.code(), s.name(), s.examDate(), s.score(), s.passMark(),
                s.result())));
        return parts;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
