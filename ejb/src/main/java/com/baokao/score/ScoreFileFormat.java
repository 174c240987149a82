package com.baokao.score;

import com.baokao.i18n.BaokaoException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The exam centre's result file, as centres send it: a header line naming the columns (in Chinese or English, in
 * any order), then one line per candidate and subject: ticket number, ID number, subject code, score, and a pass
 * flag or a pass mark (or both: the flag decides, the mark is kept for the candidate to see). Each line is read on
 * its own, so one bad line is skipped without losing the rest of the file. Pure and thread-safe.
 */
public final class ScoreFileFormat {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setTrim(true).get();

    /** The highest score a column of DECIMAL(6,2) keeps; no exam scores more. */
    static final BigDecimal MAX_SCORE = new BigDecimal("9999.99");
    private static final Pattern TICKET = Pattern.compile("[0-9A-Za-z-]{1,60}");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z()（）-]{1,32}");
    private static final Pattern SUBJECT = Pattern.compile("[0-9A-Za-z._-]{1,20}");

    /** Header names per column, compared without case, spaces, underscores and hyphens. */
    private static final Map<Column, Set<String>> NAMES = Map.of(
            Column.TICKET, Set.of("准考证号", "准考证号码", "准考证", "ticket", "ticketnumber", "ticketno", "admissionticket"),
            Column.ID_NUMBER, Set.of("身份证号", "身份证号码", "证件号码", "证件号", "身份证件号码", "id", "idnumber", "idno"),
            Column.SUBJECT, Set.of("科目代码", "科目编码", "科目代号", "科目", "subject", "subjectcode"),
            Column.SCORE, Set.of("成绩", "分数", "考试成绩", "得分", "score"),
            Column.PASSED, Set.of("是否合格", "合格标志", "是否通过", "合格", "passed", "pass", "passflag", "result"),
            Column.PASS_MARK, Set.of("合格线", "合格分数线", "及格线", "合格分数", "passmark", "passscore"));

    private static final Set<String> YES = Set.of("合格", "通过", "是", "y", "yes", "1", "pass", "passed", "true", "t");
    private static final Set<String> NO = Set.of("不合格", "未通过", "不通过", "否", "n", "no", "0", "fail", "failed",
            "false", "f");

    public enum Column { TICKET, ID_NUMBER, SUBJECT, SCORE, PASSED, PASS_MARK }

    /** Where each column is (-1: the file has none). */
    public record Columns(int ticket, int idNumber, int subject, int score, int passed, int passMark)
            implements java.io.Serializable {
    }

    private ScoreFileFormat() {
    }

    /**
     * The columns named by the header line, or a refusal naming what is missing: ticket number, ID number, subject
     * code and score are needed, and a pass flag or a pass mark.
     */
    public static Columns header(String line) {
        List<String> cells = cells(line == null ? "" : line.replace("\uFEFF", ""));
        int[] at = {-1, -1, -1, -1, -1, -1};
        for (int i = 0; i < cells.size(); i++) {
            String name = normalise(cells.get(i));
            for (Column column : Column.values()) {
                if (at[column.ordinal()] < 0 && NAMES.get(column).contains(name)) {
                    at[column.ordinal()] = i;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : List.of(Column.TICKET, Column.ID_NUMBER, Column.SUBJECT, Column.SCORE)) {
            if (at[column.ordinal()] < 0) {
                missing.add(column.name());
            }
        }
        if (at[Column.PASSED.ordinal()] < 0 && at[Column.PASS_MARK.ordinal()] < 0) {
            missing.add(Column.PASSED.name() + "/" + Column.PASS_MARK.name());
        }
        if (!missing.isEmpty()) {
            throw new BaokaoException("score.file.header", String.join(", ", missing));
        }
        return new Columns(at[0], at[1], at[2], at[3], at[4], at[5]);
    }

    /** Reads one line after the header; a line that cannot be read says why. */
    public static ScoreLine parse(long lineNo, String line, Columns columns) throws UnreadableScoreLine {
        if (line == null || line.isBlank()) {
            throw new UnreadableScoreLine(lineNo, "score.line.empty");
        }
        List<String> cells;
        try {
            cells = cells(line);
        } catch (IllegalArgumentException e) {
            throw new UnreadableScoreLine(lineNo, "score.line.csv");
        }
        String ticket = cell(cells, columns.ticket());
        String idNumber = cell(cells, columns.idNumber()).toUpperCase(Locale.ROOT).replace('（', '(').replace('）', ')');
        String subject = cell(cells, columns.subject());
        if (!TICKET.matcher(ticket).matches()) {
            throw new UnreadableScoreLine(lineNo, "score.line.ticket", clip(ticket));
        }
        if (!ID_NUMBER.matcher(idNumber).matches()) {
            throw new UnreadableScoreLine(lineNo, "score.line.idNumber");
        }
        if (!SUBJECT.matcher(subject).matches()) {
            throw new UnreadableScoreLine(lineNo, "score.line.subject", clip(subject));
        }
        BigDecimal score = score(lineNo, cell(cells, columns.score()), "score.line.score");
        BigDecimal passMark = columns.passMark() < 0 || cell(cells, columns.passMark()).isEmpty() ? null
                : score(lineNo, cell(cells, columns.passMark()), "score.line.passMark");
        String flag = columns.passed() < 0 ? "" : cell(cells, columns.passed()).toLowerCase(Locale.ROOT);
        boolean passed;
        if (YES.contains(flag)) {
            passed = true;
        } else if (NO.contains(flag)) {
            passed = false;
        } else if (!flag.isEmpty()) {
            throw new UnreadableScoreLine(lineNo, "score.line.passed", clip(flag));
        } else if (passMark != null) {
            passed = score.compareTo(passMark) >= 0;
        } else {
            throw new UnreadableScoreLine(lineNo, "score.line.noPass");
        }
        return new ScoreLine(lineNo, ticket, idNumber, subject, score, passed, passMark);
    }

    /** A score or pass mark: a number from 0 to {@link #MAX_SCORE} with at most two decimals. */
    private static BigDecimal score(long lineNo, String text, String key) throws UnreadableScoreLine {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new UnreadableScoreLine(lineNo, key, clip(text));
        }
        value = value.stripTrailingZeros();
        if (value.signum() < 0 || value.compareTo(MAX_SCORE) > 0 || value.scale() > 2) {
            throw new UnreadableScoreLine(lineNo, key, clip(text));
        }
        return value.setScale(2);
    }

    private static List<String> cells(String line) {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return List.of();
            }
            List<String> cells = new ArrayList<>();
            records.get(0).forEach(cells::add);
            return cells;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String cell(List<String> cells, int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-（）()]", "");
    }

    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
