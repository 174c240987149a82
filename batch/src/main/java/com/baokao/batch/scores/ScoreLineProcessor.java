package com.baokao.batch.scores;

import com.baokao.score.ScoreFileFormat;
import com.baokao.score.UnreadableScoreLine;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Reads a line; a line that cannot be read is a skippable {@link UnreadableScoreLine}. */
@Dependent
@Named("scoreLineProcessor")
public class ScoreLineProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) throws UnreadableScoreLine {
        ScoreFileLine line = (ScoreFileLine) item;
        return ScoreFileFormat.parse(line.lineNo(), line.text(), line.columns());
    }
}
