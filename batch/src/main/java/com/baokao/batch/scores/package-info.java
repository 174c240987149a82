/**
 * Job {@code score-import}: the exam centre's result file loaded in chunks (the data is the checkpoint), matched
 * set-based once per run, reported; started by an operator from the jobs page ({@link com.baokao.batch.scores.ScoreImports}).
 */
package com.baokao.batch.scores;
