package com.baokao.score;

import java.io.Serializable;
import java.math.BigDecimal;

/** One readable line of a result file: who (ticket, ID number), which subject, the score and whether it passed. */
public record ScoreLine(long lineNo, String ticketNumber, String idNumber, String subjectCode, BigDecimal score,
                        boolean passed, BigDecimal passMark) implements Serializable {
}
