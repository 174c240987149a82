/**
 * Scores after the exam: the exam centre's result file ({@link com.baokao.score.ScoreFileFormat}, CSV or XLSX)
 * imported by job {@code score-import} into the {@code score_record} rows the application's carry-over reads
 * (loaded in bulk, matched set-based by {@link com.baokao.score.ScoreMatcher}, every change kept); release per session
 * at the administrator's time ({@link com.baokao.score.ScoreRelease}); the public query and the candidate's own
 * scores with their validity ({@link com.baokao.score.ScoreQueries}, {@link com.baokao.score.ScoreValidity}).
 * <p>
 * Like fee reconciliation, each step of the job commits on its own ({@code REQUIRES_NEW}) before the batch
 * checkpoint, and the data is the checkpoint: a restarted or resumed run goes on from what the database holds.
 */
package com.baokao.score;
