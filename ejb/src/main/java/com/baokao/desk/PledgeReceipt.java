package com.baokao.desk;

/** How the desk received the integrity pledge (《考试诚信承诺书》) the candidate signed on paper. */
public enum PledgeReceipt {
    /** The signed paper is kept at the desk (ticked as received). */
    PAPER,
    /** The signed paper was scanned. */
    SCANNED
}
