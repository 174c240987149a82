package com.baokao.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInSheetPdfTest {

    /** 𠀾 (U+2003E, Extension B) is not in WenQuanYi Micro Hei: it must come from Hanazono Mincho B. */
    static final String RARE = "\uD840\uDC3E";
    static final String RARE_NAME = "钱" + RARE + "明";
    static final String ROOM = "第 012 考场";
    static final int ROWS = 25;
    /** Seat 13 has no photo on file. */
    static final int NO_PHOTO_SEAT = 13;

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "强", "磊", "洋", "艳", "勇", "军"};

    static String name(int seat) {
        return seat == 7 ? RARE_NAME : SURNAMES[seat % SURNAMES.length] + GIVEN[(seat * 5) % GIVEN.length]
                + GIVEN[seat % GIVEN.length];
    }

    static String maskedId(int seat) {
        return String.format("500106********%03dX", seat);
    }

    static String ticket(int seat) {
        return String.format("HM2026B-50-%08d", 1200 + seat);
    }

    /** A distinct JPEG per seat, so each photo can be told apart in the PDF. */
    static byte[] photo(int seat) {
        byte[] photo = RegistrationFormPdfTest.jpegPhoto();
        photo[photo.length / 2] ^= (byte) seat;
        return photo;
    }

    /** {@code rows} seats; seat {@link #NO_PHOTO_SEAT} has no photo, seat 7 has a name with an Extension B character. */
    static SignInSheetData sample(int rows, String room) {
        List<SignInSheetData.Row> list = new ArrayList<>();
        // given out of order: the sheet lists them by seat
        for (int seat = rows; seat >= 1; seat--) {
            list.add(new SignInSheetData.Row(seat, name(seat), maskedId(seat), ticket(seat),
                    seat == NO_PHOTO_SEAT ? null : photo(seat), seat % 2 == 0 ? "实务操作" : "理论知识"));
        }
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDateTime start = LocalDateTime.of(2026, 5, 23, 9, 0);
        SignInSheetData.Sitting sitting = new SignInSheetData.Sitting("理论知识 / 实务操作",
                start.atZone(shanghai).toInstant(), start.plusMinutes(150).atZone(shanghai).toInstant());
        return new SignInSheetData("2026 年度二级建造师执业资格考试", "HM2026B", "重庆市第八中学校（渝北校区）",
                "重庆市渝北区龙溪街道松牌路 93 号", room, sitting, list);
    }

    @Test
    void theRareCharacterNeedsTheFallbackFont() {
        int cp = RARE.codePointAt(0);
        assertThat(PdfFonts.sans().charExists(cp)).isFalse();
        assertThat(PdfFonts.extension().charExists(cp)).isTrue();
    }

    @Test
    void everyCandidateIsListedInSeatOrderOnThreePages() throws IOException {
        SignInSheetData data = sample(ROWS, ROOM);
        byte[] pdf = SignInSheetPdf.render(data);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "sign-in-sheet-sample.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(doc);
            // the title is set with character spacing: it reads back with spaces between its characters
            assertThat(text).contains(String.join(" ", SignInSheetPdf.TITLE.split("")), "2026 年度二级建造师执业资格考试", "HM2026B",
                    "重庆市第八中学校（渝北校区）", "重庆市渝北区龙溪街道松牌路 93 号", ROOM, "理论知识 / 实务操作",
                    "2026-05-23（周六）09:00–11:30");
            for (int seat = 1; seat <= ROWS; seat++) {
                assertThat(text).contains(name(seat), maskedId(seat), ticket(seat));
            }
            assertThat(text).contains(RARE_NAME);
            // seats 01..25 in order, across the pages: a row reads back as one line, starting with the seat
            List<String> seats = text.lines().filter(l -> l.matches("\\d{2} .*")).map(l -> l.substring(0, 2)).toList();
            List<String> expected = new ArrayList<>();
            for (int seat = 1; seat <= ROWS; seat++) {
                expected.add(String.format("%02d", seat));
            }
            assertThat(seats).containsExactlyElementsOf(expected);
            // and the ticket numbers in the same order
            int at = -1;
            for (int seat = 1; seat <= ROWS; seat++) {
                int next = text.indexOf(ticket(seat));
                assertThat(next).as("ticket of seat %d after the one before", seat).isGreaterThan(at);
                at = next;
            }
            assertThat(text).contains("应到 25 人", "实到", "缺考", "监考员签名");
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("2026 年度二级建造师执业资格考试 考场签到表 第 012 考场");
            assertThat(doc.getDocumentInformation().getCreationDate()).isNull();
            assertThat(doc.getDocumentInformation().getModificationDate()).isNull();
        }
    }

    @Test
    void everyPageHasTheColumnHeadingsTheFooterAndEightToTenRows() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SignInSheetPdf.render(sample(ROWS, ROOM)))) {
            int total = doc.getNumberOfPages();
            int rows = 0;
            for (int page = 1; page <= total; page++) {
                String text = pageText(doc, page);
                assertThat(text).as("page %d", page).contains(SignInSheetPdf.COLUMNS);
                assertThat(text).as("page %d", page).contains("第 " + page + " 页 / 共 " + total + " 页", ROOM);
                long onPage = Arrays.stream(text.split("\\s+")).filter(s -> s.matches("HM2026B-50-\\d{8}")).count();
                if (page < total) {
                    assertThat(onPage).as("rows on page %d", page).isBetween(8L, 10L);
                }
                rows += onPage;
                // the head count and the invigilators' signatures only at the end
                assertThat(text.contains("应到")).as("count on page %d", page).isEqualTo(page == total);
                assertThat(text.contains("监考员签名")).as("signatures on page %d", page).isEqualTo(page == total);
            }
            assertThat(rows).isEqualTo(ROWS);
        }
    }

    @Test
    void twoRendersOfTheSameDataAreTheSameBytes() {
        byte[] first = SignInSheetPdf.render(sample(ROWS, ROOM));
        byte[] second = SignInSheetPdf.render(sample(ROWS, ROOM));
        // Arrays.equals, not isEqualTo: a failure should not print two large byte arrays
        assertThat(Arrays.equals(first, second)).as("byte-identical reprint (%d and %d bytes, first difference at %d)",
                first.length, second.length, Arrays.mismatch(first, second)).isTrue();
        // and another room's sheet is not
        assertThat(Arrays.equals(first, SignInSheetPdf.render(sample(ROWS, "第 013 考场")))).isFalse();
    }

    @Test
    void thePhotosAreTheStoredJpegsAsIs() throws IOException {
        SignInSheetData data = sample(ROWS, ROOM);
        List<byte[]> placed = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(SignInSheetPdf.render(data))) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
                        try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                            placed.add(raw.readAllBytes());
                        }
                    }
                }
            }
        }
        List<byte[]> given = data.rows().stream().map(SignInSheetData.Row::photoJpeg).filter(p -> p != null).toList();
        assertThat(placed).hasSize(ROWS - 1).hasSameSizeAs(given);
        // byte for byte the JPEGs given, each once: not decoded, not re-encoded
        for (int i = 0; i < given.size(); i++) {
            byte[] photo = given.get(i);
            assertThat(placed.stream().filter(p -> Arrays.equals(p, photo)).count()).as("photo %d as given", i)
                    .isEqualTo(1);
        }
    }

    @Test
    void aRowWithoutAPhotoSaysSo() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SignInSheetPdf.render(sample(ROWS, ROOM)))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.split(SignInSheetPdf.NO_PHOTO, -1)).as("one 无照片").hasSize(2);
            // in seat 13's row: after seat 12's ticket number, before seat 13's
            int noPhoto = text.indexOf(SignInSheetPdf.NO_PHOTO);
            assertThat(noPhoto).isGreaterThan(text.indexOf(ticket(NO_PHOTO_SEAT - 1)))
                    .isLessThan(text.indexOf(ticket(NO_PHOTO_SEAT)));
        }
    }

    @Test
    void anEmptyRoomStillGivesASheet() throws IOException {
        try (PDDocument doc = Loader.loadPDF(SignInSheetPdf.render(sample(0, ROOM)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("应到 0 人", "第 1 页 / 共 1 页");
        }
    }

    @Test
    void theEssentialsAreRequired() {
        assertThatThrownBy(() -> new SignInSheetData.Row(0, "王伟", null, "T1", null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInSheetData.Row(1, "王伟", null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("ticketNumber");
        SignInSheetData d = sample(3, ROOM);
        assertThatThrownBy(() -> new SignInSheetData(null, "HM2026B", null, null, null, d.sitting(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("roomName");
        assertThat(d.rows()).extracting(SignInSheetData.Row::seatNumber).containsExactly(1, 2, 3);
        assertThat(new SignInSheetData(null, "HM2026B", null, null, ROOM, d.sitting(), null).rows()).isEmpty();
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }
}
