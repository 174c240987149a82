package com.baokao.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The courier's file of tracking numbers, as XLSX (the postal list sent back with 运单号 filled in) or CSV (UTF-8,
 * or GB18030 as Excel saves it in China): columns found by their header, the candidate named by 证书编号 or else
 * 准考证号 or 身份证号, and 运单号. Lines without a tracking number are left out (not yet posted); a line that names
 * nobody or has an unreadable tracking number is skipped with its reason.
 */
public final class TrackingFile {

    /** Lines read from one file at most. */
    static final int MAX_LINES = 50_000;

    private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9]{6,40}");
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** How the line names the candidate. */
    public enum KeyKind { CERTIFICATE, TICKET, ID_NUMBER }

    /** A readable line. */
    public record Line(long lineNo, KeyKind kind, String key, String trackingNumber) {
    }

    /** A line skipped, with its reason's message key. */
    public record Skip(long lineNo, String reasonKey, String content) implements java.io.Serializable {
    }

    public record Read(List<Line> lines, List<Skip> skips) {
    }

    private TrackingFile() {
    }

    public static Read read(String fileName, byte[] content) {
        List<List<String>> rows;
        try {
            rows = isXlsx(content) ? xlsxRows(content) : csvRows(content);
        } catch (IOException | RuntimeException e) {
            throw new com.baokao.i18n.BaokaoException("certificate.tracking.unreadable");
        }
        if (rows.isEmpty()) {
            throw new com.baokao.i18n.BaokaoException("certificate.tracking.columns");
        }
        List<String> header = rows.get(0);
        int certificate = column(header, "证书编号", "certificatenumber", "certificate", "备注");
        int ticket = column(header, "准考证号", "ticket", "ticketnumber");
        int id = column(header, "身份证号", "身份证号码", "证件号码", "idnumber", "id");
        int tracking = column(header, "运单号", "快递单号", "邮件号", "单号", "trackingnumber", "tracking");
        if (tracking < 0 || (certificate < 0 && ticket < 0 && id < 0)) {
            throw new com.baokao.i18n.BaokaoException("certificate.tracking.columns");
        }
        List<Line> lines = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        for (int i = 1; i < rows.size() && i <= MAX_LINES; i++) {
            List<String> row = rows.get(i);
            long lineNo = i + 1;
            String number = cell(row, tracking).replace(" ", "");
            String shown = clip(String.join(",", row));
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (number.isEmpty()) {
                continue;
            }
            if (!TRACKING.matcher(number).matches()) {
                skips.add(new Skip(lineNo, "certificate.tracking.format", shown));
                continue;
            }
            String c = cell(row, certificate);
            String t = cell(row, ticket);
            String d = cell(row, id).toUpperCase(Locale.ROOT);
            if (!c.isEmpty()) {
                lines.add(new Line(lineNo, KeyKind.CERTIFICATE, c, number));
            } else if (!t.isEmpty()) {
                lines.add(new Line(lineNo, KeyKind.TICKET, t, number));
            } else if (!d.isEmpty()) {
                lines.add(new Line(lineNo, KeyKind.ID_NUMBER, d, number));
            } else {
                skips.add(new Skip(lineNo, "certificate.tracking.nobody", shown));
            }
        }
        if (rows.size() > MAX_LINES + 1) {
            throw new com.baokao.i18n.BaokaoException("certificate.tracking.tooLong", String.valueOf(MAX_LINES));
        }
        return new Read(lines, skips);
    }

    private static int column(List<String> header, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (normalise(header.get(i)).equals(normalise(name))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String normalise(String name) {
        return name.strip().replace("\uFEFF", "").replaceAll("[\\s_\\-()（）]", "").toLowerCase(Locale.ROOT);
    }

    private static String cell(List<String> row, int index) {
        return index < 0 || index >= row.size() ? "" : row.get(index).strip();
    }

    private static String clip(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> xlsxRows(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_LINES + 1); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(row.getLastCellNum(), 64); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<List<String>> csvRows(byte[] content) throws IOException {
        String text = decode(content);
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setTrim(true).get().parse(new StringReader(text))) {
            rows.add(record.toList());
            if (rows.size() > MAX_LINES + 1) {
                break;
            }
        }
        return rows;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, GB18030);
        }
    }
}
