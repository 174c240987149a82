package com.baokao.document;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QrCodesTest {

    /**
     * ZXing's reader misses about 1 clean render in 400 whatever the mask (a false finder pattern in the data), so
     * like a scanner taking another frame, each code gets three resolutions.
     */
    @Test
    void ticketTokensWithTheFixedMaskScanBack() {
        for (long id = 1; id <= 200; id++) {
            String token = AdmissionTicketPdfTest.token(id);
            BitMatrix m = QrCodes.matrix(token, QrCodes.TOKEN_MASK);
            assertThat(m.getWidth()).as("version 4: 33 modules").isEqualTo(33);
            assertThat(scan(m, 3, 4, 5)).as("token of application %d", id).isEqualTo(token);
        }
    }

    @Test
    void bothWaysTheCodeCarriesTheSameText() {
        String token = AdmissionTicketPdfTest.token(42);
        assertThat(scan(QrCodes.matrix(token), 4)).isEqualTo(token);
        assertThat(scan(QrCodes.matrix(token, QrCodes.TOKEN_MASK), 4)).isEqualTo(token);
    }

    @Test
    void aMaskOutsideZeroToSevenIsRefused() {
        assertThatThrownBy(() -> QrCodes.matrix("x", 8)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The text of the first of clean renders ({@code scales} pixels a module, 4-module quiet zone) that reads. */
    private static String scan(BitMatrix m, int... scales) {
        for (int scale : scales) {
            try {
                return new QRCodeReader().decode(bitmap(m, scale)).getText();
            } catch (NotFoundException | ChecksumException | FormatException e) {
                // try the next resolution
            }
        }
        return null;
    }

    private static BinaryBitmap bitmap(BitMatrix m, int scale) {
        int quiet = 4;
        int side = (m.getWidth() + 2 * quiet) * scale;
        int[] pixels = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / scale - quiet;
                int my = y / scale - quiet;
                boolean dark = mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my);
                pixels[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
    }
}
