package com.baokao.application;

import com.baokao.i18n.BaokaoException;
import com.baokao.catalogue.EligibilityCondition;
import com.baokao.catalogue.ExamLevel;
import com.baokao.catalogue.ExamSession;
import com.baokao.catalogue.ExamSite;
import com.baokao.catalogue.RegionRule;
import com.baokao.catalogue.RegionTree;
import com.baokao.catalogue.ReviewPoint;
import com.baokao.catalogue.Specialty;
import com.baokao.catalogue.Window;
import com.baokao.platform.Caller;
import com.baokao.profile.CandidateProfile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a candidate reads about their applications: the page before one exists, their list, one application, and the
 * options that follow each choice (review points and sites of the region, levels, then specialties and conditions
 * of the level); and the registration form as PDF. Another candidate's application looks like a missing one.
 */
@Stateless
@RolesAllowed("CANDIDATE")
public class ApplicationQueries {

    @PersistenceContext(unitName = "baokao")
    EntityManager em;

    @jakarta.ejb.EJB
    PlaceHolds places;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @EJB
    ApplicationDocuments documents;

    @EJB
    FormCodes formCodes;

    /** The page before an application exists: the exam, its window, its regions and the profile's state. */
    public record StartInfo(long sessionId, String examCode, String examName, boolean approvedProfileRequired,
                            boolean profileApproved, boolean profileComplete, LocalDateTime registrationOpens,
                            LocalDateTime registrationCloses, Window.Phase phase, List<ApplicationOptions.Option> regions,
                            Long existingApplicationId) implements Serializable {
    }

    public StartInfo startInfo(long sessionId) {
        ExamSession session = CandidateApplications.publishedSession(em, sessionId);
        long account = Caller.accountId(context);
        Optional<CandidateProfile> profile = CandidateApplications.profile(em, account);
        Instant now = clock.instant();
        Window window = session.calendar().registration();
        return new StartInfo(session.getId(), session.getCode(), session.getName(), session.isApprovedProfileRequired(),
                profile.map(p -> p.approvedAt(now)).orElse(false),
                profile.map(p -> documents.profileView(p).submittable()
                        || p.getStatus() != com.baokao.profile.ProfileStatus.EDITING).orElse(false),
                window.opensInShanghai(), window.closesInShanghai(), window.phaseAt(now), regions(session),
                CandidateApplications.existing(em, account, session).map(Application::getId).orElse(null));
    }

    public List<ApplicationView> mine() {
        return em.createNamedQuery(Application.OF_ACCOUNT, Application.class)
                .setParameter("account", Caller.accountId(context)).getResultList().stream().map(documents::view).toList();
    }

    /** The candidate's applications as the personal centre lists them, newest first, in one query. */
    public List<ApplicationSummary> summaries() {
        return em.createQuery("select a from Application a join fetch a.session join fetch a.region left join fetch a.level"
                        + " where a.accountId = :account order by a.id desc", Application.class)
                .setParameter("account", Caller.accountId(context)).getResultList().stream().map(documents::summary).toList();
    }

    public ApplicationView view(long applicationId) {
        return documents.view(OwnApplications.own(em, context, applicationId));
    }

    public ApplicationOptions options(long applicationId, Long levelId) {
        return options(OwnApplications.own(em, context, applicationId), levelId);
    }

    /** The application as the walk-in desk fills it in with the candidate; the desk service has checked its reach. */
    @RolesAllowed("REVIEWER")
    public ApplicationView viewAtDesk(long applicationId) {
        return documents.view(em.find(Application.class, applicationId));
    }

    /** The choices of an application the walk-in desk fills in with the candidate (reach checked by the desk). */
    @RolesAllowed("REVIEWER")
    public ApplicationOptions optionsAtDesk(long applicationId, Long levelId) {
        return options(em.find(Application.class, applicationId), levelId);
    }

    private ApplicationOptions options(Application application, Long levelId) {
        ExamSession session = application.getSession();
        Set<Long> area = RegionTree.below(em, Set.of(application.getRegion().getId()));
        List<ApplicationOptions.Option> points = em.createQuery(
                        "select p from ReviewPoint p where p.region.id in :area order by p.name", ReviewPoint.class)
                .setParameter("area", area).getResultList().stream()
                .map(p -> new ApplicationOptions.Option(p.getId(), p.getName())).toList();
        List<ApplicationOptions.Option> sites = em.createQuery(
                        "select s from ExamSite s where s.region.id in :area order by s.code", ExamSite.class)
                .setParameter("area", area).getResultList().stream()
                .map(s -> new ApplicationOptions.Option(s.getId(), s.getName() + " (" + s.getAddress() + ")")).toList();
        List<ApplicationOptions.Option> levels = em.createQuery(
                        "select l from ExamLevel l where l.session = :s order by l.code", ExamLevel.class)
                .setParameter("s", session).getResultList().stream()
                .map(l -> new ApplicationOptions.Option(l.getId(), l.getName())).toList();
        List<ApplicationOptions.Option> specialties = List.of();
        List<ApplicationOptions.ConditionOption> conditions = List.of();
        if (levelId != null) {
            ExamLevel level = CandidateApplications.levelOf(em, session, levelId);
            specialties = em.createQuery("select s from Specialty s where s.level = :l order by s.code", Specialty.class)
                    .setParameter("l", level).getResultList().stream()
                    .map(s -> new ApplicationOptions.Option(s.getId(), s.getName())).toList();
            conditions = em.createQuery("select c from EligibilityCondition c where c.level = :l order by c.position",
                            EligibilityCondition.class).setParameter("l", level).getResultList().stream()
                    .map(c -> new ApplicationOptions.ConditionOption(c.getId(), c.getText(), c.getRequiredFields())).toList();
        }
        // live: the counts as committed now, for the subjects the draft has (the whole-site numbers before a level)
        Set<Long> subjects = new java.util.HashSet<>(em.createQuery("select s.subject.id from ApplicationSubject s"
                + " where s.application = :a and s.carriedOver = false", Long.class).setParameter("a", application)
                .getResultList());
        java.util.Map<Long, Integer> placesLeft = places.placesLeft(session.getId(),
                sites.stream().map(ApplicationOptions.Option::id).toList(), subjects);
        return new ApplicationOptions(points, sites, levels, specialties, conditions, placesLeft);
    }

    /**
     * The registration form (报名表) as PDF, with the verification code of the application as it is now. Not for a
     * draft (never submitted, or withdrawn): its code would be one on-site staff can only call "not found".
     */
    public byte[] registrationForm(long applicationId) {
        Application application = OwnApplications.own(em, context, applicationId);
        if (!ApplicationLifecycle.formValid(application.getStatus())) {
            throw new BaokaoException("application.form.draft");
        }
        formCodes.remember(documents.verificationCode(application), applicationId);
        return documents.registrationForm(application);
    }

    private List<ApplicationOptions.Option> regions(ExamSession session) {
        return em.createQuery("select r from RegionRule r join fetch r.region where r.session = :s order by r.region.code",
                        RegionRule.class).setParameter("s", session).getResultList().stream()
                .map(r -> new ApplicationOptions.Option(r.getRegion().getId(), r.getRegion().getName())).toList();
    }
}
