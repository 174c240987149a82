package com.baokao.batch.tickets;

import com.baokao.seating.SignInSheets;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Stores a chunk of rendered sheets in one transaction, each replacing the room's sheet before it. */
@Dependent
@Named("sheetWriter")
public class SheetWriter extends AbstractItemWriter {

    @Inject
    Clock clock;

    @EJB
    SignInSheets sheets;

    @Override
    public void writeItems(List<Object> items) {
        List<SignInSheets.Rendered> rendered = new ArrayList<>(items.size());
        for (Object item : items) {
            rendered.add((SignInSheets.Rendered) item);
        }
        sheets.store(rendered, clock.instant());
    }
}
