package com.baokao.catalogue;

import com.baokao.catalogue.CatalogueViews.OpenExam;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The exams open or about to open, as the home page, the apply page and the phone API's catalogue show them,
 * read from the database at most once every {@link #FRESH_FOR} per node (issue 18: at the registration-day peak the
 * home page is the most viewed page, and its answer changes a few times a day). One reader refreshes it while the
 * others keep answering from the copy they have, so a refresh never makes a queue. An exam published, changed or
 * cancelled appears within that time; whatever a candidate does is checked against the database, never against
 * this copy.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OpenExamsCache {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private record Copy(Instant readAt, List<OpenExam> exams) {
    }

    @EJB
    CatalogueQueries catalogue;

    @Inject
    Clock clock;

    private volatile Copy copy;
    private final AtomicBoolean refreshing = new AtomicBoolean();

    public List<OpenExam> openExams() {
        Instant now = clock.instant();
        Copy current = copy;
        if (current == null) {
            return refresh(now);
        }
        if (current.readAt().plus(FRESH_FOR).isBefore(now) && refreshing.compareAndSet(false, true)) {
            try {
                return refresh(now);
            } finally {
                refreshing.set(false);
            }
        }
        return current.exams();
    }

    private List<OpenExam> refresh(Instant now) {
        List<OpenExam> exams = List.copyOf(catalogue.openExams(now));
        copy = new Copy(now, exams);
        return exams;
    }
}
