package com.baokao.reconciliation;

/** A statement line the job cannot read; skipped (up to the job's skip limit) and kept with its reason. */
public class MalformedStatementLine extends Exception {

    private static final long serialVersionUID = 1L;

    private final long lineNo;
    private final String content;

    public MalformedStatementLine(long lineNo, String content, String reason) {
        super("line " + lineNo + ": " + reason);
        this.lineNo = lineNo;
        this.content = content;
    }

    public long lineNo() {
        return lineNo;
    }

    public String content() {
        return content;
    }

    /** The reason alone, without the line number. */
    public String reason() {
        String message = getMessage();
        return message.substring(message.indexOf(": ") + 2);
    }
}
