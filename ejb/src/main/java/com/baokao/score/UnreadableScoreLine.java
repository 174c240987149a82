package com.baokao.score;

import com.baokao.i18n.KeptSentence;
import java.util.Locale;

/** A line of a result file that cannot be read; skipped and kept with its reason ({@code score.line.*}). */
public class UnreadableScoreLine extends Exception {

    private static final long serialVersionUID = 1L;

    private final long lineNo;
    private final String reason;

    public UnreadableScoreLine(long lineNo, String key, Object... args) {
        super("line " + lineNo + ": " + KeptSentence.explain(KeptSentence.encode(key, args), Locale.ENGLISH, "score."));
        this.lineNo = lineNo;
        this.reason = KeptSentence.encode(key, args);
    }

    public long lineNo() {
        return lineNo;
    }

    /** The reason as kept ({@link KeptSentence}): a key and its arguments. */
    public String reason() {
        return reason;
    }
}
