/** Pages of scores after the exam: the public query, the candidate's own scores, the release and the import report. */
package com.baokao.web.scores;
