package com.baokao.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in sheet PDFs of 30-seat rooms per second on one thread. Runs only when asked:
 * {@code mvn -pl ejb test -Dtest=SignInSheetBenchmark -Dbaokao.benchmark=true}. Every sheet is another room, every
 * seat another candidate with a photo of its own, so nothing per candidate can be reused.
 */
@EnabledIfSystemProperty(named = "baokao.benchmark", matches = "true")
class SignInSheetBenchmark {

    private static final int SEATS = 30;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "钱", "赵", "黄", "周"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "\uD842\uDFB7", "强", "磊", "洋", "艳", "勇"};

    @Test
    void sheetsPerSecondOnOneThread() {
        int seconds = Integer.getInteger("baokao.benchmark.seconds", 10);
        List<SignInSheetData> sheets = new ArrayList<>();
        SignInSheetData.Sitting sitting = new SignInSheetData.Sitting("理论知识 / 实务操作",
                Instant.parse("2026-05-23T01:00:00Z"), Instant.parse("2026-05-23T03:30:00Z"));
        int candidate = 0;
        for (int room = 1; room <= 8; room++) {
            List<SignInSheetData.Row> rows = new ArrayList<>();
            for (int seat = 1; seat <= SEATS; seat++, candidate++) {
                // a fresh JPEG per candidate: the renderer cannot recognise a photo it has seen before
                byte[] photo = RegistrationFormPdfTest.jpegPhoto();
                photo[photo.length / 2] ^= (byte) (candidate + 1);
                photo[photo.length / 3] ^= (byte) ((candidate + 1) >> 8);
                String name = SURNAMES[candidate % SURNAMES.length] + GIVEN[candidate % GIVEN.length]
                        + (candidate % 3 == 0 ? "" : GIVEN[(candidate * 7) % GIVEN.length]);
                rows.add(new SignInSheetData.Row(seat, name, String.format("500106********%03dX", candidate % 1000),
                        String.format("HM2026B-50-%08d", candidate + 1), photo, seat % 2 == 0 ? "实务操作" : "理论知识"));
            }
            sheets.add(new SignInSheetData("2026 年度二级建造师执业资格考试", "HM2026B", "重庆市第八中学校（渝北校区）",
                    "重庆市渝北区龙溪街道松牌路 93 号", String.format("第 %03d 考场", room), sitting, rows));
        }
        long warmUpEnd = System.nanoTime() + 5_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmUpEnd) {
            SignInSheetPdf.render(sheets.get(i++ % sheets.size()));
        }
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long bytes = 0;
        int n = 0;
        while (System.nanoTime() < end) {
            bytes += SignInSheetPdf.render(sheets.get(n++ % sheets.size())).length;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("sign-in sheets (%d seats, %d photos each): %d in %.2f s = %.1f sheets/s = %.0f candidates/s"
                + " on one thread (%.2f ms per sheet, avg %d KB)%n", SEATS, SEATS, n, elapsed, n / elapsed,
                n * SEATS / elapsed, elapsed * 1000 / n, bytes / n / 1024);
        assertThat(n).isPositive();
    }
}
