package com.baokao.score;

import com.baokao.i18n.UserMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A session's results as an Excel workbook: sheet 1 per exam site (with the session's total), sheet 2 per subject,
 * sheet 3 each subject's scores in 10-point bands. Counts, rates and averages are numbers (not text), so the centre
 * can go on calculating; the first row of every sheet names the session and says whether its scores are released.
 * The figures are {@link ScoreResults}'s: a few hundred rows at most, so a plain in-memory workbook does.
 */
public final class ScoreResultsWorkbook {

    private ScoreResultsWorkbook() {
    }

    public static byte[] write(ScoreResults.Results results, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet sites = book.createSheet(text(locale, "results.xlsx.sheet.sites"));
            title(sites, results, locale, bold);
            lineHeader(sites, locale, "results.xlsx.site", bold);
            int r = 2;
            for (ScoreResults.Line line : results.sites()) {
                line(sites.createRow(r++), line.code(), line.name() == null ? text(locale, "results.noSite") : line.name(), line);
            }
            line(sites.createRow(r), null, text(locale, "results.total"), results.total());

            Sheet subjects = book.createSheet(text(locale, "results.xlsx.sheet.subjects"));
            title(subjects, results, locale, bold);
            lineHeader(subjects, locale, "results.xlsx.subject", bold);
            r = 2;
            for (ScoreResults.Line line : results.subjects()) {
                line(subjects.createRow(r++), line.code(), line.name(), line);
            }

            Sheet bands = book.createSheet(text(locale, "results.xlsx.sheet.distribution"));
            title(bands, results, locale, bold);
            Row header = bands.createRow(1);
            cell(header, 0, text(locale, "results.xlsx.subjectCode"), bold);
            cell(header, 1, text(locale, "results.xlsx.subject"), bold);
            for (int b = 0; b < results.bands(); b++) {
                cell(header, 2 + b, ResultFigures.bandLabel(b), bold);
            }
            r = 2;
            for (ScoreResults.Distribution d : results.distributions()) {
                Row row = bands.createRow(r++);
                row.createCell(0).setCellValue(d.subjectCode());
                row.createCell(1).setCellValue(d.subjectName());
                for (int b = 0; b < d.counts().size(); b++) {
                    row.createCell(2 + b).setCellValue(d.counts().get(b));
                }
            }
            for (Sheet sheet : List.of(sites, subjects, bands)) {
                sheet.setColumnWidth(1, 24 * 256);
                sheet.createFreezePane(0, 2);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void title(Sheet sheet, ScoreResults.Results results, Locale locale, CellStyle bold) {
        cell(sheet.createRow(0), 0, results.sessionCode() + " " + results.sessionName() + " · "
                + text(locale, results.released() ? "results.flag.released" : "results.flag.notReleased"), bold);
    }

    private static void lineHeader(Sheet sheet, Locale locale, String nameKey, CellStyle bold) {
        Row header = sheet.createRow(1);
        String[] keys = {"results.xlsx.code", nameKey, "results.candidates", "results.passed", "results.passRate",
                "results.average", "results.voided"};
        for (int i = 0; i < keys.length; i++) {
            cell(header, i, text(locale, keys[i]), bold);
        }
    }

    private static void line(Row row, String code, String name, ScoreResults.Line line) {
        row.createCell(0).setCellValue(code == null ? "" : code);
        row.createCell(1).setCellValue(name == null ? "" : name);
        row.createCell(2).setCellValue(line.candidates());
        row.createCell(3).setCellValue(line.passed());
        number(row.createCell(4), line.passRate());
        number(row.createCell(5), line.average());
        row.createCell(6).setCellValue(line.voided());
    }

    private static void number(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static String text(Locale locale, String key) {
        return UserMessages.format(locale, key);
    }
}
