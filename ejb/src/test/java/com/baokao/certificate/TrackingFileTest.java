package com.baokao.certificate;

import com.baokao.i18n.BaokaoException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TrackingFileTest {

    @Test
    void theExportedPostalListComesBackWithTrackingNumbers() {
        PostalAddress a = new PostalAddress("张三", "13800138000", "重庆市", "重庆市", "渝中区", "民族路 100 号", "400010");
        byte[] xlsx = PostalListWorkbook.write(List.of(
                new PostalDeliveries.PostalRow(1, "S-2026-000001", "T1", "张三", a, "SF1234567890", Instant.EPOCH),
                new PostalDeliveries.PostalRow(2, "S-2026-000002", "T2", "李四", a, null, null)));
        TrackingFile.Read read = TrackingFile.read("list.xlsx", xlsx);
        assertThat(read.lines()).containsExactly(
                new TrackingFile.Line(2, TrackingFile.KeyKind.CERTIFICATE, "S-2026-000001", "SF1234567890"));
        assertThat(read.skips()).isEmpty();
    }

    @Test
    void aCsvNamesTheCandidateByTicketOrIdAndSkipsWhatItCannotRead() {
        String csv = "准考证号,身份证号,运单号\n"
                + "T1,,EA123456789CN\n"
                + ",500106199208150028,JD0001234567\n"
                + "T3,,SF-12\n"
                + ",,SF9999999999\n"
                + "T4,,\n";
        TrackingFile.Read read = TrackingFile.read("back.csv", csv.getBytes(Charset.forName("GB18030")));
        assertThat(read.lines()).containsExactly(
                new TrackingFile.Line(2, TrackingFile.KeyKind.TICKET, "T1", "EA123456789CN"),
                new TrackingFile.Line(3, TrackingFile.KeyKind.ID_NUMBER, "500106199208150028", "JD0001234567"));
        assertThat(read.skips()).extracting(TrackingFile.Skip::lineNo, TrackingFile.Skip::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "certificate.tracking.format"),
                org.assertj.core.groups.Tuple.tuple(5L, "certificate.tracking.nobody"));
    }

    @Test
    void aFileWithoutTheColumnsOrUnreadableIsRefused() {
        assertThat(catchThrowableOfType(BaokaoException.class, () -> TrackingFile.read("x.csv",
                "姓名,电话\n张三,1\n".getBytes(StandardCharsets.UTF_8))).getMessageKey())
                .isEqualTo("certificate.tracking.columns");
        assertThat(catchThrowableOfType(BaokaoException.class, () -> TrackingFile.read("x.xlsx",
                new byte[] {'P', 'K', 3, 4, 0, 0})).getMessageKey()).isEqualTo("certificate.tracking.unreadable");
    }
}
