package com.baokao.score;

import com.baokao.i18n.BaokaoException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Makes a result file readable line by line, once, before its import starts: an Excel workbook's first sheet is
 * streamed (POI's event API, so a million rows never sit in memory) into a UTF-8 CSV; a CSV saved by Excel in the
 * Chinese code page (GB18030) is turned into UTF-8; a UTF-8 CSV is used as it is. The header is checked here, so
 * a file without the needed columns is refused before any job starts.
 */
public final class ScoreFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** A file ready for the job: UTF-8 CSV with the header first, and the header's columns. */
    public record Prepared(Path csv, ScoreFileFormat.Columns columns) {
    }

    private ScoreFiles() {
    }

    /** {@code source} as a UTF-8 CSV (written beside it when it must be converted), its header checked. */
    public static Prepared prepare(Path source) {
        try {
            Path csv;
            if (startsWith(source, ZIP)) {
                csv = beside(source);
                workbookToCsv(source, csv);
            } else if (isUtf8(source)) {
                csv = source;
            } else {
                csv = beside(source);
                try (Reader in = Files.newBufferedReader(source, GB18030);
                     BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    in.transferTo(out);
                }
            }
            return new Prepared(csv, ScoreFileFormat.header(firstLine(csv)));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof BaokaoException b) {
                throw b;
            }
            throw new BaokaoException("score.file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /** The header of a prepared file (the job reads it again on every start and restart). */
    public static ScoreFileFormat.Columns columnsOf(Path csv) throws IOException {
        return ScoreFileFormat.header(firstLine(csv));
    }

    private static String firstLine(Path csv) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null) {
                throw new BaokaoException("score.file.empty");
            }
            return line;
        }
    }

    private static Path beside(Path source) {
        return source.resolveSibling(source.getFileName() + ".utf8.csv");
    }

    private static boolean startsWith(Path file, byte[] magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(magic.length);
            return java.util.Arrays.equals(head, magic);
        }
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(buffer.length + 8);
            int read;
            while ((read = in.read(buffer)) > 0) {
                pending.put(buffer, 0, read).flip();
                java.nio.charset.CoderResult result = decoder.decode(pending, out, false);
                if (result.isError()) {
                    return false;
                }
                pending.compact();
                out.clear();
            }
            pending.flip();
            return !decoder.decode(pending, out, true).isError() && !decoder.flush(out).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The first sheet as CSV, row by row as the event reader hands them out; empty cells kept in their place. */
    private static void workbookToCsv(Path xlsx, Path csv)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BaokaoException("score.file.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new RowsToCsv(out), new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        }
    }

    /** Writes each row of the sheet as a CSV record, cells placed by their column letter. */
    private static final class RowsToCsv implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final CSVPrinter out;
        private final List<String> cells = new ArrayList<>();

        RowsToCsv(CSVPrinter out) {
            this.out = out;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                out.printRecord(cells);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
