package com.baokao.application;

import com.baokao.platform.CandidateRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One earlier result of a candidate in one subject, matched to new sessions by occupation + level code +
 * subject code. A voided result (failed post-exam review) is kept with its reason but never counts.
 */
@Entity
@Table(name = "score_record")
@NamedQuery(name = ScoreRecord.OF_CANDIDATE_LEVEL, query = "select s from ScoreRecord s where s.accountId = :account"
        + " and s.occupation = :occupation and s.levelCode = :level order by s.examDate")
public class ScoreRecord extends CandidateRow {

    public static final String OF_CANDIDATE_LEVEL = "ScoreRecord.ofCandidateLevel";

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "occupation", nullable = false)
    private String occupation;

    @Column(name = "level_code", nullable = false)
    private String levelCode;

    @Column(name = "subject_code", nullable = false)
    private String subjectCode;

    @Column(name = "subject_name", nullable = false)
    private String subjectName;

    @Column(name = "exam_date", nullable = false)
    private LocalDate examDate;

    @Column(name = "score", nullable = false)
    private BigDecimal score;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "void_reason")
    private String voidReason;

    /** The application an imported score was sat under; null for results from before Baokao. */
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "pass_mark")
    private BigDecimal passMark;

    @Column(name = "subject_id")
    private Long subjectId;

    protected ScoreRecord() {
    }

    public ScoreRecord(long accountId, String occupation, String levelCode, String subjectCode, String subjectName,
                       LocalDate examDate, BigDecimal score, boolean passed) {
        this.accountId = accountId;
        this.occupation = occupation;
        this.levelCode = levelCode;
        this.subjectCode = subjectCode;
        this.subjectName = subjectName;
        this.examDate = examDate;
        this.score = score;
        this.passed = passed;
    }

    /** A failed post-exam review: the result stays on record, marked void with the reason. */
    void voidFor(String reason) {
        this.voided = true;
        this.voidReason = reason;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    /** The catalogue subject an imported score is for (its order in the session); null before Baokao. */
    public Long getSubjectId() {
        return subjectId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getOccupation() {
        return occupation;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getPassMark() {
        return passMark;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public ScoreCarryOver.EarlierResult asEarlierResult() {
        return new ScoreCarryOver.EarlierResult(subjectCode, examDate, passed && !voided);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public LocalDate getExamDate() {
        return examDate;
    }

    public boolean isPassed() {
        return passed;
    }

    public boolean isVoided() {
        return voided;
    }
}
