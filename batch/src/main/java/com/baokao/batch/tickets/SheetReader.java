package com.baokao.batch.tickets;

import com.baokao.seating.SignInSheets;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;

/**
 * Step {@code sheets}, one site: the rooms and sittings whose sign-in sheet is missing or lists fewer seats than the
 * room has now (late payers), listed when the partition opens; a restart lists only those still not stored.
 */
@Dependent
@Named("sheetReader")
public class SheetReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String siteId;

    @EJB
    SignInSheets sheets;

    private Iterator<SignInSheets.SheetKey> due;

    @Override
    public void open(Serializable checkpoint) {
        List<SignInSheets.SheetKey> keys = siteId == null || siteId.isBlank() ? List.of()
                : sheets.due(SessionOfJob.of(job), Long.parseLong(siteId));
        due = keys.iterator();
    }

    @Override
    public Object readItem() {
        return due.hasNext() ? due.next() : null;
    }
}
