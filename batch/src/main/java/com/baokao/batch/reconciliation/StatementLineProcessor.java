package com.baokao.batch.reconciliation;

import com.baokao.reconciliation.MalformedStatementLine;
import com.baokao.reconciliation.StatementLineParser;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Parses a line; a line it cannot read is a skippable {@link MalformedStatementLine}. */
@Dependent
@Named("statementLineProcessor")
public class StatementLineProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) throws MalformedStatementLine {
        RawLine line = (RawLine) item;
        return StatementLineParser.parse(line.lineNo(), line.text());
    }
}
