package com.baokao.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admission ticket PDFs per second on one thread (issue 7 target: ≥ 200). Runs only when asked:
 * {@code scripts/benchmark-tickets.sh}, or {@code mvn -pl ejb test -Dtest=AdmissionTicketBenchmark -Dbaokao.benchmark=true}.
 * Every ticket is another candidate (name, photo bytes, token), so nothing per candidate can be reused.
 */
@EnabledIfSystemProperty(named = "baokao.benchmark", matches = "true")
class AdmissionTicketBenchmark {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "钱", "赵", "黄", "周"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "\uD842\uDFB7", "强", "磊", "洋", "艳", "勇"};

    @Test
    void ticketsPerSecondOnOneThread() {
        int seconds = Integer.getInteger("baokao.benchmark.seconds", 10);
        List<AdmissionTicketData> candidates = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            // a fresh JPEG per candidate: the renderer cannot recognise a photo it has seen before
            byte[] photo = RegistrationFormPdfTest.jpegPhoto();
            photo[photo.length / 2] ^= (byte) i;
            String name = SURNAMES[i % SURNAMES.length] + GIVEN[i % GIVEN.length] + (i % 3 == 0 ? "" : GIVEN[(i * 7) % GIVEN.length]);
            candidates.add(AdmissionTicketPdfTest.sample(name, photo, AdmissionTicketPdfTest.token(1000 + i)));
        }
        long warmUpEnd = System.nanoTime() + 5_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmUpEnd) {
            AdmissionTicketPdf.render(candidates.get(i++ % candidates.size()));
        }
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long bytes = 0;
        int n = 0;
        while (System.nanoTime() < end) {
            bytes += AdmissionTicketPdf.render(candidates.get(n++ % candidates.size())).length;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("admission tickets: %d in %.2f s = %.1f tickets/s on one thread (%.2f ms each, avg %d KB)%n",
                n, elapsed, n / elapsed, elapsed * 1000 / n, bytes / n / 1024);
        assertThat(n).isPositive();
    }
}
