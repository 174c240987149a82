package com.baokao.batch.reconciliation;

import java.io.Serializable;

/** A line of the statement file as read, with its line number (1 = header). */
public record RawLine(long lineNo, String text) implements Serializable {
}
