package com.baokao.reconciliation;

import java.util.Locale;

/** A statement line the job cannot read; skipped (up to the job's skip limit) and kept with its reason. */
public class MalformedStatementLine extends Exception {

    private static final long serialVersionUID = 1L;

    private final long lineNo;
    private final String content;
    private final String reason;

    /** {@code key} and {@code args}: the reason, from the message bundles ({@code reconciliation.line.*}). */
    public MalformedStatementLine(long lineNo, String content, String key, Object... args) {
        this(lineNo, content, ReconciliationText.encode(key, args));
    }

    private MalformedStatementLine(long lineNo, String content, String reason) {
        super("line " + lineNo + ": " + ReconciliationText.explain(reason, Locale.ENGLISH));
        this.lineNo = lineNo;
        this.content = content;
        this.reason = reason;
    }

    public long lineNo() {
        return lineNo;
    }

    public String content() {
        return content;
    }

    /** The reason as kept ({@link ReconciliationText}): a key and its arguments. */
    public String reason() {
        return reason;
    }
}
