package com.baokao.upload;

import com.baokao.catalogue.PhotoRule;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.UserMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ImageInspectorTest {

    private static final String FIELD = "photo";
    private static final Color WHITE = new Color(255, 255, 255);
    private static final Color OFF_WHITE = new Color(240, 240, 235);
    private static final Color ID_BLUE = new Color(67, 142, 219);
    private static final Color ID_RED = new Color(200, 30, 40);
    private static final Color GREY = new Color(128, 128, 128);

    private static final PhotoRule EXACT_260_360 = new PhotoRule(260, 360, true, 0, 500, "WHITE,BLUE,RED");

    // ---------------------------------------------------------------- pixel size

    @Test
    void exactSizeIsAccepted() throws IOException {
        byte[] jpeg = jpeg(photo(260, 360, WHITE, 0), 0.9f, false);

        InspectedImage found = ImageInspector.inspectPhoto(jpeg, EXACT_260_360, FIELD);

        assertThat(found.width()).isEqualTo(260);
        assertThat(found.height()).isEqualTo(360);
        assertThat(found.exifOrientation()).isEqualTo(1);
        assertThat(found.background()).isEqualTo(Background.WHITE);
        assertThat(found.sizeBytes()).isEqualTo(jpeg.length);
    }

    @Test
    void wrongExactSizeNamesBothSizes() throws IOException {
        byte[] jpeg = jpeg(photo(300, 400, WHITE, 0), 0.9f, false);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(jpeg, EXACT_260_360, FIELD));

        assertThat(e.getMessageKey()).isEqualTo("photo.size.exact");
        assertThat(e.getField()).isEqualTo(FIELD);
        assertThat(e.getMessageArgs()).containsExactly("260×360", "300×400");
    }

    @Test
    void refusalsReadWellInBothLanguages() throws IOException {
        BaokaoException size = refusal(() -> ImageInspector.inspectPhoto(jpeg(photo(300, 400, WHITE, 0), 0.9f, false), EXACT_260_360, FIELD));
        BaokaoException colour = refusal(() -> ImageInspector.inspectPhoto(jpeg(photo(260, 360, GREY, 0), 0.9f, false),
                new PhotoRule(260, 360, true, 0, 500, "WHITE,BLUE"), FIELD));

        assertThat(UserMessages.format(Locale.ENGLISH, size)).isEqualTo("The photo must be 260×360 px; yours is 300×400 px.");
        assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, size)).isEqualTo("照片须为 260×360 像素，您的照片为 300×400 像素。");
        // each language names the colours in its own words, and only in them
        assertThat(UserMessages.format(Locale.ENGLISH, colour)).startsWith("The photo background must be white or blue;")
                .doesNotContain("白色", "蓝色");
        assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, colour)).startsWith("照片背景须为白色或蓝色，")
                .doesNotContainIgnoringCase("white").doesNotContainIgnoringCase("blue");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "WHITE            | 照片背景须为白色，       | The photo background must be white;",
            "BLUE,RED         | 照片背景须为蓝色或红色， | The photo background must be blue or red;",
            "WHITE,BLUE,RED   | 照片背景须为白色、蓝色或红色， | The photo background must be white, blue or red;"})
    void theAllowedColoursAreNamedInTheReadersLanguage(String allowed, String chinese, String english) throws IOException {
        PhotoRule rule = new PhotoRule(260, 360, true, 0, 500, allowed);
        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(jpeg(photo(260, 360, GREY, 0), 0.9f, false), rule, FIELD));

        assertThat(e.getMessageKey()).isEqualTo("photo.background." + allowed);
        assertThat(e.getMessageArgs()).isEmpty();
        assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, e)).startsWith(chinese);
        assertThat(UserMessages.format(Locale.ENGLISH, e)).startsWith(english);
    }

    @Test
    void everyColourListARuleCanHoldHasItsSentenceInBothLanguages() {
        for (int mask = 1; mask < 8; mask++) {
            StringBuilder named = new StringBuilder();
            for (int i = 0; i < 3; i++) {
                if ((mask & (1 << i)) != 0) {
                    named.append(named.length() == 0 ? "" : ",").append(PhotoRule.COLOURS.get(i));
                }
            }
            String key = "photo.background." + new PhotoRule(260, 360, true, 0, 500, named.toString()).getBackgrounds();
            assertThat(UserMessages.format(Locale.SIMPLIFIED_CHINESE, key)).as(key).isNotEqualTo(key);
            assertThat(UserMessages.format(Locale.ENGLISH, key)).as(key).isNotEqualTo(key);
        }
    }

    // ---------------------------------------------------------------- every broken rule, in a fixed order

    /**
     * Format and integrity first (nothing else can be judged on a file that is not a whole JPEG), then pixels,
     * bytes and background, each named when broken. The rules: exactly 260x360, the photo's bytes within the
     * range, white or blue.
     */
    static Stream<Arguments> photos() throws IOException {
        byte[] good = jpeg(photo(260, 360, WHITE, 0), 0.9f, false);
        byte[] wrongSize = jpeg(photo(300, 400, WHITE, 0), 0.9f, false);
        byte[] grey = jpeg(photo(260, 360, GREY, 0), 0.9f, false);
        byte[] greyWrongSize = jpeg(photo(300, 400, GREY, 0), 0.9f, false);
        byte[] truncated = Arrays.copyOf(jpeg(photo(260, 360, WHITE, 3), 0.9f, false), 4000);
        byte[] noise = new byte[8000];
        new Random(7).nextBytes(noise);
        noise[0] = 0x12;
        PhotoRule fits = new PhotoRule(260, 360, true, 0, 500, "WHITE,BLUE");
        PhotoRule tooFewBytes = new PhotoRule(260, 360, true, 400, 500, "WHITE,BLUE"); // every photo here is smaller
        PhotoRule tooManyBytes = new PhotoRule(260, 360, true, 0, 1, "WHITE,BLUE");    // and larger than 1 KB
        return Stream.of(
                Arguments.of("a PNG renamed .jpg", encoded(photo(260, 360, WHITE, 0), "png"), tooFewBytes,
                        List.of("upload.notJpeg")),
                Arguments.of("a GIF", encoded(photo(300, 400, GREY, 0), "gif"), tooManyBytes, List.of("upload.notJpeg")),
                Arguments.of("random bytes", noise, fits, List.of("upload.notJpeg")),
                Arguments.of("a truncated JPEG", truncated, tooFewBytes, List.of("upload.truncated")),
                Arguments.of("wrong pixel size only", wrongSize, fits, List.of("photo.size.exact")),
                Arguments.of("wrong byte size only", good, tooFewBytes, List.of("photo.bytes.tooSmall")),
                Arguments.of("wrong pixel and byte size", wrongSize, tooFewBytes,
                        List.of("photo.size.exact", "photo.bytes.tooSmall")),
                Arguments.of("wrong background only", grey, fits, List.of("photo.background.WHITE,BLUE")),
                Arguments.of("pixels, bytes and background all wrong", greyWrongSize, tooManyBytes,
                        List.of("photo.size.exact", "photo.bytes.tooLarge", "photo.background.WHITE,BLUE")),
                Arguments.of("a good photo", good, fits, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("photos")
    void everyBrokenRuleOfAPhotoIsNamedInOrder(String name, byte[] upload, PhotoRule rule, List<String> expected) {
        List<BaokaoException> problems = problems(() -> ImageInspector.inspectPhoto(upload, rule, FIELD));

        assertThat(problems).extracting(BaokaoException::getMessageKey).as(name).containsExactlyElementsOf(expected);
        assertThat(problems).extracting(BaokaoException::getField).as(name).allMatch(FIELD::equals);
    }

    static Stream<Arguments> proofs() throws IOException {
        byte[] scan = jpeg(photo(800, 500, new Color(235, 230, 210), 8), 0.85f, false);
        byte[] truncated = Arrays.copyOf(scan, scan.length * 6 / 10);
        int limitKb = scan.length / 1024 / 2; // half the scan: the whole scan and its truncated copy are both over it
        return Stream.of(
                Arguments.of("a PNG renamed .jpg", encoded(photo(800, 500, WHITE, 0), "png"), limitKb, List.of("upload.notJpeg")),
                Arguments.of("a truncated JPEG over the limit", truncated, limitKb, List.of("upload.truncated")),
                Arguments.of("a JPEG over the limit", scan, limitKb, List.of("proof.bytes.tooLarge")),
                Arguments.of("a good scan", scan, scan.length / 1024 + 1, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("proofs")
    void aProofIsJudgedInTheSameOrder(String name, byte[] upload, int maxKb, List<String> expected) {
        assertThat(problems(() -> ImageInspector.inspectProof(upload, maxKb, "diploma")))
                .extracting(BaokaoException::getMessageKey).as(name).containsExactlyElementsOf(expected);
    }

    @Test
    void aRefusalWithSeveralProblemsReadsLikeItsFirst() throws IOException {
        byte[] grey = jpeg(photo(300, 400, GREY, 0), 0.9f, false);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(grey, EXACT_260_360, FIELD));

        assertThat(e).isInstanceOf(com.baokao.i18n.InvalidFormException.class);
        assertThat(e.getMessageKey()).isEqualTo("photo.size.exact");
        assertThat(e.getField()).isEqualTo(FIELD);
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void aLargePhotoIsJudgedOnFewerPixelsButReportedAtItsFullSize() throws IOException {
        // past the decoding budget the photo is decoded subsampled: enough to judge the corners, far less memory
        assertThat(ImageInspector.subsampling(2000, 2000)).isEqualTo(1);
        assertThat(ImageInspector.subsampling(4000, 3000)).isEqualTo(2);
        assertThat(ImageInspector.subsampling(20000, 2000)).isEqualTo(4);
        byte[] large = jpeg(photo(3000, 2000, ID_BLUE, 0), 0.8f, false);

        InspectedImage found = ImageInspector.inspectPhoto(large, new PhotoRule(260, 360, false, 0, 10_000, "BLUE"), FIELD);

        assertThat(found.width()).isEqualTo(3000);
        assertThat(found.height()).isEqualTo(2000);
        assertThat(found.background()).isEqualTo(Background.BLUE);
    }

    @Test
    void minimumSizeAcceptsLargerPhotos() throws IOException {
        PhotoRule atLeast = new PhotoRule(260, 360, false, 0, 500, "WHITE");

        InspectedImage found = ImageInspector.inspectPhoto(jpeg(photo(390, 540, WHITE, 0), 0.9f, false), atLeast, FIELD);

        assertThat(found.width()).isEqualTo(390);
        assertThat(found.height()).isEqualTo(540);
    }

    @Test
    void minimumSizeRefusesSmallerPhotos() throws IOException {
        PhotoRule atLeast = new PhotoRule(260, 360, false, 0, 500, "WHITE");
        byte[] jpeg = jpeg(photo(260, 359, WHITE, 0), 0.9f, false);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(jpeg, atLeast, FIELD));

        assertThat(e.getMessageKey()).isEqualTo("photo.size.min");
        assertThat(e.getMessageArgs()).containsExactly("260×360", "260×359");
    }

    // ---------------------------------------------------------------- byte size

    @Test
    void byteSizeLowerBoundIsInclusive() throws IOException {
        byte[] base = jpeg(photo(260, 360, WHITE, 0), 0.9f, false);
        int minKb = base.length / 1024 + 2;
        PhotoRule rule = new PhotoRule(260, 360, true, minKb, minKb + 5, "WHITE");

        assertThat(ImageInspector.inspectPhoto(padTo(base, minKb * 1024), rule, FIELD).sizeBytes()).isEqualTo(minKb * 1024L);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(padTo(base, minKb * 1024 - 1), rule, FIELD));
        assertThat(e.getMessageKey()).isEqualTo("photo.bytes.tooSmall");
        // rounded down: one byte short must not read as the limit itself
        assertThat(e.getMessageArgs()).containsExactly(String.valueOf(minKb), (minKb - 1) + ".9");
    }

    @Test
    void byteSizeUpperBoundIsInclusive() throws IOException {
        byte[] base = jpeg(photo(260, 360, WHITE, 0), 0.9f, false);
        int maxKb = base.length / 1024 + 2;
        PhotoRule rule = new PhotoRule(260, 360, true, 1, maxKb, "WHITE");

        assertThat(ImageInspector.inspectPhoto(padTo(base, maxKb * 1024), rule, FIELD).sizeBytes()).isEqualTo(maxKb * 1024L);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(padTo(base, maxKb * 1024 + 1), rule, FIELD));
        assertThat(e.getMessageKey()).isEqualTo("photo.bytes.tooLarge");
        assertThat(e.getMessageArgs()).containsExactly(String.valueOf(maxKb), maxKb + ".1");
    }

    @Test
    void largeLimitsAreNotGroupedInMessages() throws IOException {
        PhotoRule rule = new PhotoRule(260, 360, true, 2000, 3000, "WHITE");
        byte[] jpeg = padTo(jpeg(photo(260, 360, WHITE, 0), 0.9f, false), 20 * 1024 + 512);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(jpeg, rule, FIELD));

        assertThat(e.getMessageArgs()).containsExactly("2000", "20.5");
    }

    @Test
    void emptyUploadIsRefused() {
        assertThat(refusal(() -> ImageInspector.inspectPhoto(new byte[0], EXACT_260_360, FIELD)).getMessageKey())
                .isEqualTo("upload.empty");
        assertThat(refusal(() -> ImageInspector.inspectPhoto(null, EXACT_260_360, FIELD)).getMessageKey())
                .isEqualTo("upload.empty");
        assertThat(refusal(() -> ImageInspector.inspectProof(new byte[0], 100, "idCard")).getField()).isEqualTo("idCard");
    }

    // ---------------------------------------------------------------- not a JPEG, broken JPEGs

    @Test
    void pngRenamedToJpgIsRefused() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(photo(260, 360, WHITE, 0), "png", png);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(png.toByteArray(), EXACT_260_360, FIELD));

        assertThat(e.getMessageKey()).isEqualTo("upload.notJpeg");
    }

    @Test
    void randomBytesAreRefused() {
        byte[] noise = new byte[8000];
        new Random(7).nextBytes(noise);
        noise[0] = 0x12;

        assertThat(refusal(() -> ImageInspector.inspectPhoto(noise, EXACT_260_360, FIELD)).getMessageKey())
                .isEqualTo("upload.notJpeg");
    }

    @Test
    void randomBytesBehindAJpegSignatureAreUnreadable() {
        byte[] noise = new byte[8000];
        new Random(7).nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xD8;
        noise[2] = (byte) 0xFF;

        assertThat(refusal(() -> ImageInspector.inspectProof(noise, 100, FIELD)).getMessageKey())
                .isEqualTo("upload.unreadable");
    }

    @Test
    void theEndMarkerOfAnExifThumbnailDoesNotHideATruncation() throws IOException {
        // an EXIF thumbnail is a whole JPEG inside APP1, FF D9 included; the segment walk must skip it
        byte[] thumbnail = jpeg(photo(16, 16, WHITE, 0), 0.9f, false);
        byte[] app1 = segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), thumbnail));
        byte[] full = insertAfterApp0(jpeg(photo(260, 360, WHITE, 3), 0.9f, false), app1);
        byte[] cut = Arrays.copyOf(full, full.length * 6 / 10);

        assertThat(ImageInspector.endOfImage(full)).isEqualTo(full.length - 2);
        assertThat(ImageInspector.endOfImage(cut)).isEqualTo(-1);
        assertThat(refusal(() -> ImageInspector.inspectPhoto(cut, EXACT_260_360, FIELD)).getMessageKey())
                .isEqualTo("upload.truncated");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void truncatedJpegIsRefused(boolean progressive) throws IOException {
        byte[] full = jpeg(photo(260, 360, WHITE, 3), 0.9f, progressive);
        byte[] cut = Arrays.copyOf(full, full.length * 6 / 10);

        assertThat(refusal(() -> ImageInspector.inspectPhoto(cut, EXACT_260_360, FIELD)).getMessageKey())
                .isEqualTo("upload.truncated");
        assertThat(refusal(() -> ImageInspector.inspectProof(cut, 500, FIELD)).getMessageKey())
                .isEqualTo("upload.truncated");
    }

    @Test
    void truncatedScanWithAnEndMarkerStuckOnIsStillRefused() throws IOException {
        // the segment walk sees an EOI here; the decoder's "premature end" warning has to catch it
        byte[] full = jpeg(photo(260, 360, WHITE, 3), 0.9f, false);
        byte[] cut = Arrays.copyOf(full, full.length * 6 / 10 + 2);
        if ((cut[cut.length - 3] & 0xFF) == 0xFF) {
            cut[cut.length - 3] = 0x11; // do not leave a dangling FF in front of the marker
        }
        cut[cut.length - 2] = (byte) 0xFF;
        cut[cut.length - 1] = (byte) 0xD9;
        assertThat(ImageInspector.endOfImage(cut)).isEqualTo(cut.length - 2);

        assertThat(refusal(() -> ImageInspector.inspectPhoto(cut, EXACT_260_360, FIELD)).getMessageKey())
                .isEqualTo("upload.truncated");
    }

    @Test
    void dataAfterTheEndMarkerIsAccepted() throws IOException {
        byte[] jpeg = jpeg(photo(260, 360, WHITE, 0), 0.9f, false);
        byte[] zeroPadded = Arrays.copyOf(jpeg, jpeg.length + 300);
        byte[] trailer = concat(jpeg, "SEFHmotion-photo-trailer".getBytes(StandardCharsets.US_ASCII));

        assertThat(ImageInspector.inspectPhoto(zeroPadded, EXACT_260_360, FIELD).background()).isEqualTo(Background.WHITE);
        assertThat(ImageInspector.inspectPhoto(trailer, EXACT_260_360, FIELD).background()).isEqualTo(Background.WHITE);
    }

    // ---------------------------------------------------------------- decompression bombs

    @Test
    void headerClaiming30000By30000IsRefusedWithoutDecoding() throws IOException {
        byte[] bomb = withFrameSize(jpeg(photo(16, 16, WHITE, 0), 0.9f, false), 30000, 30000);
        PhotoRule anySize = new PhotoRule(1, 1, false, 0, 500, "WHITE");

        BaokaoException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> refusal(() -> ImageInspector.inspectPhoto(bomb, anySize, FIELD)));

        assertThat(e.getMessageKey()).isEqualTo("upload.tooManyPixels");
        assertThat(e.getMessageArgs()).containsExactly("30000", "30000");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> refusal(() -> ImageInspector.inspectProof(bomb, 500, FIELD))).getMessageKey())
                .isEqualTo("upload.tooManyPixels");
        assertThat(refusal(() -> ImageInspector.decodeUpright(bomb)).getMessageKey()).isEqualTo("upload.tooManyPixels");
    }

    @Test
    void tooManyPixelsWithinTheSideLimitAndOneOverlongSideAreRefused() throws IOException {
        byte[] small = jpeg(photo(16, 16, WHITE, 0), 0.9f, false);

        assertThat(refusal(() -> ImageInspector.inspectProof(withFrameSize(small, 10000, 5000), 500, FIELD))
                .getMessageKey()).isEqualTo("upload.tooManyPixels");
        assertThat(refusal(() -> ImageInspector.inspectProof(withFrameSize(small, 25000, 16), 500, FIELD))
                .getMessageKey()).isEqualTo("upload.tooManyPixels");
    }

    // ---------------------------------------------------------------- real-world encodings

    @Test
    void progressiveJpegIsAccepted() throws IOException {
        byte[] jpeg = jpeg(photo(260, 360, ID_BLUE, 4), 0.85f, true);
        assertThat(markerPresent(jpeg, 0xC2)).as("really progressive (SOF2)").isTrue();

        InspectedImage found = ImageInspector.inspectPhoto(jpeg, EXACT_260_360, FIELD);

        assertThat(found.background()).isEqualTo(Background.BLUE);
    }

    @ParameterizedTest(name = "Adobe transform {0}")
    @ValueSource(ints = {0, 2}) // 0 = plain CMYK, 2 = YCCK, as Photoshop writes them
    void cmykJpegIsConvertedToRgb(int adobeTransform) throws IOException {
        byte[] white = cmykJpeg(260, 360, new int[] {0, 0, 0, 0}, adobeTransform);
        byte[] blue = cmykJpeg(260, 360, new int[] {180, 90, 0, 0}, adobeTransform);

        assertThat(ImageInspector.inspectPhoto(white, EXACT_260_360, FIELD).background()).isEqualTo(Background.WHITE);
        assertThat(ImageInspector.inspectPhoto(blue, EXACT_260_360, FIELD).background()).isEqualTo(Background.BLUE);
        BufferedImage rgb = ImageInspector.decodeUpright(white);
        assertThat(rgb.getColorModel().getColorSpace().getType()).isEqualTo(ColorSpace.TYPE_RGB);
        assertThat(rgb.getColorModel().getNumComponents()).isEqualTo(3);
    }

    @Test
    void jpegWithAnIccProfileIsAccepted() throws IOException {
        byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        byte[] payload = concat("ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1, 1}, icc);
        byte[] jpeg = insertAfterApp0(jpeg(photo(260, 360, ID_RED, 4), 0.9f, false), segment(0xE2, payload));

        assertThat(ImageInspector.inspectPhoto(jpeg, EXACT_260_360, FIELD).background()).isEqualTo(Background.RED);
    }

    // ---------------------------------------------------------------- EXIF orientation

    @Test
    void exifOrientation6IsCheckedAsDisplayed() throws IOException {
        // stored 360x260 and turned by the viewer; the stored right edge (the displayed bottom) is grey, so only
        // the displayed top corners are white: classifying the stored top corners would find them disagree
        BufferedImage stored = new BufferedImage(360, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 360, 260);
        g.setColor(GREY);
        g.fillRect(260, 0, 100, 260);
        g.setColor(new Color(40, 30, 30));
        g.fillOval(120, 70, 160, 120);
        g.setColor(new Color(220, 0, 0));
        g.fillRect(150, 0, 20, 20); // stored top edge: displayed right edge, 150 px down (clear of the corners)
        g.dispose();
        byte[] jpeg = insertAfterApp0(jpeg(stored, 0.95f, false), exif(6));

        InspectedImage found = ImageInspector.inspectPhoto(jpeg, new PhotoRule(260, 360, true, 0, 500, "WHITE"), FIELD);

        assertThat(found.exifOrientation()).isEqualTo(6);
        assertThat(found.width()).isEqualTo(260);
        assertThat(found.height()).isEqualTo(360);
        assertThat(found.background()).isEqualTo(Background.WHITE);

        BufferedImage upright = ImageInspector.decodeUpright(jpeg);
        assertThat(upright.getWidth()).isEqualTo(260);
        assertThat(upright.getHeight()).isEqualTo(360);
        assertThat(new Color(upright.getRGB(250, 160)).getRed()).isGreaterThan(180);
        assertThat(new Color(upright.getRGB(250, 160)).getGreen()).isLessThan(60);
        assertThat(new Color(upright.getRGB(9, 199)).getGreen()).as("not turned the other way").isGreaterThan(100);
    }

    @Test
    void withoutExifTheSameFileHasTheWrongSize() throws IOException {
        byte[] jpeg = jpeg(photo(360, 260, WHITE, 0), 0.9f, false);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(jpeg, EXACT_260_360, FIELD));

        assertThat(e.getMessageArgs()).containsExactly("260×360", "360×260");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void everyOrientationIsReadFromExif(int orientation) throws IOException {
        byte[] jpeg = insertAfterApp0(jpeg(photo(64, 48, WHITE, 0), 0.9f, false), exif(orientation));

        assertThat(ImageInspector.exifOrientation(jpeg)).isEqualTo(orientation);
        InspectedImage found = ImageInspector.inspectProof(jpeg, 100, FIELD);
        assertThat(found.width()).isEqualTo(orientation >= 5 ? 48 : 64);
        assertThat(found.background()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void orientationMovesEveryPixelWhereTheExifSpecSays(int orientation) {
        int w = 3;
        int h = 2;
        BufferedImage stored = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                stored.setRGB(x, y, 0x101010 * (1 + x + y * w));
            }
        }

        BufferedImage upright = ImageInspector.applyOrientation(stored, orientation);

        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] to = switch (orientation) {
                    case 1 -> new int[] {x, y};
                    case 2 -> new int[] {w - 1 - x, y};
                    case 3 -> new int[] {w - 1 - x, h - 1 - y};
                    case 4 -> new int[] {x, h - 1 - y};
                    case 5 -> new int[] {y, x};
                    case 6 -> new int[] {h - 1 - y, x};
                    case 7 -> new int[] {h - 1 - y, w - 1 - x};
                    default -> new int[] {y, w - 1 - x};
                };
                assertThat(upright.getRGB(to[0], to[1]) & 0xFFFFFF).as("stored (%d,%d)", x, y)
                        .isEqualTo(stored.getRGB(x, y) & 0xFFFFFF);
            }
        }
    }

    @Test
    void brokenExifCountsAsUpright() throws IOException {
        byte[] garbage = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), "MM\0*\0\0\7\7junk".getBytes(StandardCharsets.US_ASCII));
        byte[] jpeg = insertAfterApp0(jpeg(photo(260, 360, WHITE, 0), 0.9f, false), segment(0xE1, garbage));

        InspectedImage found = ImageInspector.inspectPhoto(jpeg, EXACT_260_360, FIELD);

        assertThat(found.exifOrientation()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- background

    @ParameterizedTest
    @CsvSource({
            "255,255,255,WHITE", "240,240,235,WHITE", "230,235,245,WHITE",
            "67,142,219,BLUE", "60,140,230,BLUE", "0,191,243,BLUE",
            "200,30,40,RED", "220,20,60,RED",
            "128,128,128,OTHER", "20,20,20,OTHER", "230,200,150,OTHER", "60,160,60,OTHER"})
    void coloursAreClassifiedWithTolerance(int r, int g, int b, Background expected) {
        assertThat(ImageInspector.classify(r, g, b)).isEqualTo(expected);
    }

    @Test
    void noisyOffWhiteBackgroundIsWhite() throws IOException {
        byte[] jpeg = jpeg(photo(260, 360, OFF_WHITE, 10), 0.8f, false);

        assertThat(ImageInspector.inspectPhoto(jpeg, new PhotoRule(260, 360, true, 0, 500, "WHITE"), FIELD).background())
                .isEqualTo(Background.WHITE);
    }

    @Test
    void blueAndRedBackgroundsAreRecognised() throws IOException {
        assertThat(ImageInspector.inspectPhoto(jpeg(photo(260, 360, ID_BLUE, 6), 0.85f, false), EXACT_260_360, FIELD)
                .background()).isEqualTo(Background.BLUE);
        assertThat(ImageInspector.inspectPhoto(jpeg(photo(260, 360, ID_RED, 6), 0.85f, false), EXACT_260_360, FIELD)
                .background()).isEqualTo(Background.RED);
    }

    @Test
    void blueBackgroundIsRefusedByAWhiteOnlyRule() throws IOException {
        byte[] jpeg = jpeg(photo(260, 360, ID_BLUE, 0), 0.9f, false);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(jpeg, new PhotoRule(260, 360, true, 0, 500, "WHITE"), FIELD));

        assertThat(e.getMessageKey()).isEqualTo("photo.background.WHITE");
        assertThat(e.getField()).isEqualTo(FIELD);
        assertThat(e.getMessageArgs()).isEmpty();
    }

    @Test
    void greyBackgroundIsRefusedEvenWhenEverythingIsAllowed() throws IOException {
        byte[] jpeg = jpeg(photo(260, 360, GREY, 4), 0.9f, false);

        BaokaoException e = refusal(() -> ImageInspector.inspectPhoto(jpeg, EXACT_260_360, FIELD));

        assertThat(e.getMessageKey()).isEqualTo("photo.background.WHITE,BLUE,RED");
    }

    @Test
    void cornersThatDisagreeAreNoBackground() throws IOException {
        BufferedImage image = photo(260, 360, WHITE, 0);
        Graphics2D g = image.createGraphics();
        g.setColor(ID_BLUE);
        g.fillRect(130, 0, 130, 360);
        g.dispose();

        assertThat(ImageInspector.background(image)).isEqualTo(Background.OTHER);
    }

    // ---------------------------------------------------------------- proofs

    @Test
    void proofWithinItsLimitIsAccepted() throws IOException {
        byte[] scan = jpeg(photo(800, 500, new Color(235, 230, 210), 8), 0.85f, false);

        InspectedImage found = ImageInspector.inspectProof(scan, 500, "diploma");

        assertThat(found.width()).isEqualTo(800);
        assertThat(found.height()).isEqualTo(500);
        assertThat(found.background()).isNull();
        assertThat(found.sizeBytes()).isEqualTo(scan.length);
    }

    @Test
    void proofOverItsLimitIsRefused() throws IOException {
        byte[] scan = padTo(jpeg(photo(800, 500, WHITE, 0), 0.85f, false), 50 * 1024 + 1);

        BaokaoException e = refusal(() -> ImageInspector.inspectProof(scan, 50, "diploma"));

        assertThat(e.getMessageKey()).isEqualTo("proof.bytes.tooLarge");
        assertThat(e.getField()).isEqualTo("diploma");
        assertThat(e.getMessageArgs()).containsExactly("50", "50.1");
    }

    @Test
    void proofMustBeAJpeg() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(photo(80, 50, WHITE, 0), "png", png);

        assertThat(refusal(() -> ImageInspector.inspectProof(png.toByteArray(), 500, "idCard")).getMessageKey())
                .isEqualTo("upload.notJpeg");
    }

    @Test
    void manyThreadsCanInspectAtOnce() throws Exception {
        // the inspector is called from concurrent requests; each call must get its own reader
        byte[] white = jpeg(photo(260, 360, WHITE, 3), 0.9f, false);
        byte[] blue = jpeg(photo(260, 360, ID_BLUE, 3), 0.9f, true);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Background>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                byte[] jpeg = i % 2 == 0 ? white : blue;
                results.add(pool.submit(() -> ImageInspector.inspectPhoto(jpeg, EXACT_260_360, FIELD).background()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? Background.WHITE : Background.BLUE);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ================================================================ helpers

    private static BaokaoException refusal(Executable call) {
        BaokaoException e = catchThrowableOfType(BaokaoException.class, call::execute);
        assertThat(e).as("refused with a BaokaoException").isNotNull();
        return e;
    }

    /** Every problem a call was refused with, in order; none when it was accepted. */
    private static List<BaokaoException> problems(Executable call) {
        try {
            call.execute();
            return List.of();
        } catch (BaokaoException e) {
            return e.problems();
        } catch (Throwable other) {
            throw new AssertionError("refused with something else than a BaokaoException", other);
        }
    }

    /** The image in another format (png, gif), as a phone or an editor might save it under a .jpg name. */
    private static byte[] encoded(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as(format + " writer").isTrue();
        return out.toByteArray();
    }

    /** An ID-style photo: a plain background, a dark head and shoulders in the middle, optional sensor noise. */
    private static BufferedImage photo(int w, int h, Color background, int noise) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(50, 40, 35));
        g.fillOval(w * 3 / 10, h / 5, w * 2 / 5, h * 2 / 5);
        g.setColor(new Color(30, 30, 60));
        g.fillOval(w / 8, h * 11 / 20, w * 3 / 4, h * 3 / 4);
        g.dispose();
        if (noise > 0) {
            Random random = new Random(w * 31L + h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    Color c = new Color(image.getRGB(x, y));
                    image.setRGB(x, y, new Color(jitter(c.getRed(), noise, random), jitter(c.getGreen(), noise, random),
                            jitter(c.getBlue(), noise, random)).getRGB());
                }
            }
        }
        return image;
    }

    private static int jitter(int value, int noise, Random random) {
        return Math.max(0, Math.min(255, value + random.nextInt(2 * noise + 1) - noise));
    }

    private static byte[] jpeg(BufferedImage image, float quality, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (progressive) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        } else {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
        }
        return write(writer, new IIOImage(image, null, null), param);
    }

    private static byte[] write(ImageWriter writer, IIOImage image, ImageWriteParam param) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, image, param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A genuine Adobe CMYK (transform 0) or YCCK (transform 2) JPEG: the JDK writer stores a 4-band raster
     * as-is, and the APP14 "Adobe" segment tells readers how to take it. Like Photoshop, the inks are stored
     * inverted (255 = no ink); for YCCK the C, M, Y inks are YCbCr-encoded and K is stored inverted.
     */
    private static byte[] cmykJpeg(int w, int h, int[] backgroundInk, int adobeTransform) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] headInk = {60, 80, 90, 200};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - w / 2.0) / (w * 0.2);
                double dy = (y - h * 0.4) / (h * 0.2);
                int[] ink = dx * dx + dy * dy < 1 || y > h * 0.7 ? headInk : backgroundInk;
                if (adobeTransform == 0) {
                    raster.setPixel(x, y, new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]});
                } else {
                    double c = ink[0];
                    double m = ink[1];
                    double ye = ink[2];
                    raster.setPixel(x, y, new int[] {
                            clamp(0.299 * c + 0.587 * m + 0.114 * ye),
                            clamp(-0.168736 * c - 0.331264 * m + 0.5 * ye + 128),
                            clamp(0.5 * c - 0.418688 * m - 0.081312 * ye + 128),
                            255 - ink[3]});
                }
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        byte[] plain = write(writer, new IIOImage(raster, null, null), param);
        byte[] adobe = concat("Adobe".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0, 100, 0, 0, 0, 0, (byte) adobeTransform}); // version 100, flags 0, 0, transform
        return insertAfterApp0(plain, segment(0xEE, adobe));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** An APP1 Exif segment holding one big-endian IFD with one entry: Orientation (0x0112), SHORT. */
    private static byte[] exif(int orientation) {
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8,           // header, IFD0 at offset 8
                0, 1,                                  // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1,          // tag 0x0112, type SHORT, count 1
                0, (byte) orientation, 0, 0,           // value, left-justified
                0, 0, 0, 0};                           // no next IFD
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff));
    }

    private static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    /** Inserts a segment after the JFIF APP0 segment (or after SOI when there is none): APP0 must come first. */
    private static byte[] insertAfterApp0(byte[] jpeg, byte[] segment) {
        int at = 2;
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        return concat(Arrays.copyOfRange(jpeg, 0, at), segment, Arrays.copyOfRange(jpeg, at, jpeg.length));
    }

    /** Pads a JPEG to an exact byte count with COM segments, so it stays a valid, complete JPEG. */
    private static byte[] padTo(byte[] jpeg, int size) {
        int missing = size - jpeg.length;
        assertThat(missing).as("padding needed").isGreaterThanOrEqualTo(4);
        byte[] result = jpeg;
        while (missing > 0) {
            int chunk = Math.min(missing, 65537); // a segment holds at most 65533 payload bytes + 4 of marker and length
            if (missing - chunk > 0 && missing - chunk < 4) {
                chunk -= 4;
            }
            byte[] payload = new byte[chunk - 4];
            Arrays.fill(payload, (byte) 'x');
            result = insertAfterApp0(result, segment(0xFE, payload));
            missing -= chunk;
        }
        assertThat(result).hasSize(size);
        return result;
    }

    /** Rewrites the frame header's size, as a crafted decompression bomb would. */
    private static byte[] withFrameSize(byte[] jpeg, int width, int height) {
        byte[] patched = jpeg.clone();
        for (int i = 2; i < patched.length - 9; i++) {
            if ((patched[i] & 0xFF) == 0xFF && ((patched[i + 1] & 0xFF) == 0xC0 || (patched[i + 1] & 0xFF) == 0xC2)) {
                // FF C0, length (2), precision (1), height (2), width (2)
                patched[i + 5] = (byte) (height >> 8);
                patched[i + 6] = (byte) height;
                patched[i + 7] = (byte) (width >> 8);
                patched[i + 8] = (byte) width;
                return patched;
            }
        }
        throw new AssertionError("no SOF0/SOF2 marker");
    }

    private static boolean markerPresent(byte[] jpeg, int marker) {
        for (int i = 0; i < jpeg.length - 1; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == marker) {
                return true;
            }
        }
        return false;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
