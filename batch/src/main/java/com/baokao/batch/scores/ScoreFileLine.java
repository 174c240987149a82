package com.baokao.batch.scores;

import com.baokao.score.ScoreFileFormat;
import java.io.Serializable;

/** A line of the result file as read, with its number (1 = header) and the header's columns. */
public record ScoreFileLine(long lineNo, String text, ScoreFileFormat.Columns columns) implements Serializable {
}
