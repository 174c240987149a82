package com.baokao.catalogue;

import com.baokao.i18n.BaokaoException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttachmentTypeTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void realFilesAreAcceptedWithTheirContentType() {
        assertThat(AttachmentType.check("考试日程.pdf", PDF)).isEqualTo(new AttachmentType.Checked("考试日程.pdf", "application/pdf"));
        assertThat(AttachmentType.check("site.PNG", PNG).contentType()).isEqualTo("image/png");
        assertThat(AttachmentType.check("list.xlsx", new byte[] {'P', 'K', 3, 4, 20}).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aProgramNamedPdfIsRefused() {
        assertThatThrownBy(() -> AttachmentType.check("schedule.pdf", EXE)).isInstanceOf(BaokaoException.class)
                .extracting(e -> ((BaokaoException) e).getMessageKey()).isEqualTo("attachment.not.what.it.says");
    }

    @Test
    void unknownKindsEmptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> AttachmentType.check("run.exe", EXE))
                .extracting(e -> ((BaokaoException) e).getMessageKey()).isEqualTo("attachment.type");
        assertThatThrownBy(() -> AttachmentType.check("empty.pdf", new byte[0]))
                .extracting(e -> ((BaokaoException) e).getMessageKey()).isEqualTo("attachment.empty");
        byte[] big = new byte[AttachmentType.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> AttachmentType.check("big.pdf", big))
                .extracting(e -> ((BaokaoException) e).getMessageKey()).isEqualTo("attachment.too.large");
        byte[] exactlyMax = new byte[AttachmentType.MAX_BYTES];
        System.arraycopy(PDF, 0, exactlyMax, 0, PDF.length);
        assertThat(AttachmentType.check("max.pdf", exactlyMax).fileName()).isEqualTo("max.pdf");
    }

    @Test
    void pathsAndControlCharactersAreStrippedFromTheName() {
        assertThat(AttachmentType.check("C:\\Users\\a\\Desktop\\日程.pdf", PDF).fileName()).isEqualTo("日程.pdf");
        assertThat(AttachmentType.check("../../etc/\"x\n.pdf", PDF).fileName()).isEqualTo("x.pdf");
        assertThatThrownBy(() -> AttachmentType.check("dir/", PDF))
                .extracting(e -> ((BaokaoException) e).getMessageKey()).isEqualTo("attachment.name");
    }
}
