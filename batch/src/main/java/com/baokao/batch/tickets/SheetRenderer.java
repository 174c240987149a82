package com.baokao.batch.tickets;

import com.baokao.seating.SignInSheets;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Renders one room's sign-in sheet from the stored seats. */
@Dependent
@Named("sheetRenderer")
public class SheetRenderer implements ItemProcessor {

    @EJB
    SignInSheets sheets;

    @Override
    public Object processItem(Object item) {
        return sheets.render((SignInSheets.SheetKey) item);
    }
}
