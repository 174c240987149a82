package com.baokao.demo;

import com.baokao.account.AccountQueries;
import com.baokao.account.AccountRole;
import com.baokao.account.IdType;
import com.baokao.account.RegistrationForm;
import com.baokao.account.RegistrationService;
import com.baokao.account.StaffAccountService;
import com.baokao.catalogue.CatalogueQueries;
import com.baokao.catalogue.NoticeService;
import com.baokao.catalogue.PlacesService;
import com.baokao.catalogue.SessionTreeService;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Loads the demo data set (accounts, and the exam catalogue of {@link DemoCatalogue}) when {@code baokao.demo-data=true} (the run command sets it) and the database
 * has no account yet, so a restart keeps whatever the demo user changed. Off by default: a production
 * database never gets demo logins.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
@RunAs("ADMIN")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    /** Demo logins, printed by the run command and the README. */
    public static final String ADMIN = "admin", ADMIN_PASSWORD = "Admin2026";
    public static final String REVIEWER = "reviewer", REVIEWER_PASSWORD = "Review2026";
    /** First level of two-level review: the reviewer of exam site CQ02 (same password as the region reviewer). */
    public static final String SITE_REVIEWER = "reviewer.cq02";
    public static final String OPERATOR = "operator", OPERATOR_PASSWORD = "Operate2026";
    /** The walk-in desk (现场报名) of the Chongqing review point (issue 20). */
    public static final String DESK_OPERATOR = "desk.cq", DESK_PASSWORD = "Desk2026";
    public static final String CANDIDATE_ID = "110105199003071239", CANDIDATE_PASSWORD = "Exam2026";
    /** A candidate who has paid for exam HR2026D and can print the admission ticket (same password). */
    public static final String TICKET_CANDIDATE_ID = "500106199208150028";

    @Inject
    @ConfigProperty(name = "baokao.demo-data", defaultValue = "false")
    boolean enabled;

    @EJB
    AccountQueries accounts;

    @EJB
    DemoCertificates certificates;

    @EJB
    StaffAccountService staff;

    @EJB
    RegistrationService registration;

    @EJB
    PlacesService placesService;

    @EJB
    SessionTreeService sessionTree;

    @EJB
    NoticeService noticeService;

    @EJB
    CatalogueQueries catalogueQueries;

    @Inject
    Clock clock;

    @EJB
    DemoPeople demoPeople;

    @EJB
    DemoTicketHolders ticketHolders;

    @EJB
    DemoResults results;

    @EJB
    DemoLoadData loadData;

    /** Registration day's crowd for the load benchmark ({@link DemoLoadData}); none by default. */
    @Inject
    @ConfigProperty(name = "baokao.demo.load-candidates", defaultValue = "0")
    int loadCandidates;

    @Inject
    @ConfigProperty(name = "baokao.demo.load-burst-places", defaultValue = "100")
    int loadBurstPlaces;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (catalogueQueries.regions().isEmpty()) {
            new DemoCatalogue(placesService, sessionTree, noticeService, clock).load();
            LOG.info("Demo catalogue loaded: Chongqing and Beijing, sites and rooms, exams HM2026B, SE2026 and HR2026D (tickets printable now).");
        }
        if (accounts.count() > 0) {
            LOG.info("Demo data: database already has accounts; none added.");
            loadCrowd();
            return;
        }
        staff.create(AccountRole.ADMIN, ADMIN, "管理员", "admin@baokao.example", ADMIN_PASSWORD);
        staff.create(AccountRole.REVIEWER, REVIEWER, "审核员", "reviewer@baokao.example", REVIEWER_PASSWORD);
        staff.create(AccountRole.REVIEWER, SITE_REVIEWER, "考点审核员", "reviewer.cq02@baokao.example", REVIEWER_PASSWORD);
        staff.create(AccountRole.OPERATOR, OPERATOR, "运维员", "operator@baokao.example", OPERATOR_PASSWORD);
        staff.create(AccountRole.REVIEWER, DESK_OPERATOR, "现场报名员", "desk.cq@baokao.example", DESK_PASSWORD);
        registration.register(new RegistrationForm(true, "王小明", IdType.RESIDENT_ID, CANDIDATE_ID, null, null,
                "13800138000", "wangxiaoming@baokao.example", CANDIDATE_PASSWORD, CANDIDATE_PASSWORD));
        demoPeople.seed(REVIEWER, SITE_REVIEWER, CANDIDATE_ID);
        demoPeople.seedDesk(DESK_OPERATOR);
        registration.register(new RegistrationForm(true, "李娜", IdType.RESIDENT_ID, TICKET_CANDIDATE_ID, null, null,
                "13800138001", "lina@baokao.example", CANDIDATE_PASSWORD, CANDIDATE_PASSWORD));
        ticketHolders.seed(DemoCatalogue.TICKET_SESSION, DemoCatalogue.TICKET_SITE, TICKET_CANDIDATE_ID);
        results.seed(DemoCatalogue.RESULTS_SESSION, DemoCatalogue.TICKET_SITE, TICKET_CANDIDATE_ID);
        certificates.seed(DemoCatalogue.RESULTS_SESSION);
        LOG.info("Demo data loaded: admin/" + ADMIN_PASSWORD + ", reviewer/" + REVIEWER_PASSWORD + ", " + SITE_REVIEWER
                + "/" + REVIEWER_PASSWORD + ", " + DESK_OPERATOR + "/" + DESK_PASSWORD + ", operator/"
                + OPERATOR_PASSWORD + ", candidate " + CANDIDATE_ID + "/" + CANDIDATE_PASSWORD + ", paid candidate with a ticket "
                + TICKET_CANDIDATE_ID + "/" + CANDIDATE_PASSWORD + " (released scores of " + DemoCatalogue.RESULTS_SESSION
                + ": ticket " + DemoCatalogue.RESULTS_SESSION + "-50-00000001)");
        loadCrowd();
    }

    private void loadCrowd() {
        if (loadCandidates <= 0 || loadData.present()) {
            return;
        }
        long started = System.nanoTime();
        loadData.exams(loadBurstPlaces);
        for (int from = 0; from < loadCandidates; from += 1000) {
            loadData.candidates(from, Math.min(loadCandidates, from + 1000)); // one transaction per thousand
        }
        LOG.info("Load-test data: " + loadCandidates + " candidates (" + DemoLoadData.idNumber(0) + " ... password "
                + DemoLoadData.PASSWORD + "), exams " + DemoLoadData.SUBMIT_SESSION + " (site " + DemoLoadData.BURST_SITE
                + ": " + loadBurstPlaces + " places) and " + DemoLoadData.PAY_SESSION + ", in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
