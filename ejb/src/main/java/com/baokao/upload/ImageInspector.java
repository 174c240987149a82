package com.baokao.upload;

import com.baokao.catalogue.PhotoRule;
import com.baokao.i18n.BaokaoException;
import com.baokao.i18n.FormCheck;
import com.baokao.i18n.InvalidFormException;
import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks uploaded candidate photos and proof scans on their real bytes, never on the file name or the
 * browser's content type, in a fixed order: format and integrity (a whole JPEG), then pixels, then bytes, then
 * the background colour. A file that is not a whole JPEG is refused for that alone, since nothing else can be
 * judged on it; every other broken rule is named, all at once ({@link InvalidFormException} via
 * {@link FormCheck}), so that a candidate fixes a photo in one go.
 * <p>
 * A hostile upload stays cheap: the signature and the header's pixel count are checked before anything is
 * decoded, and an image larger than {@link #INSPECTION_PIXELS} is decoded subsampled (its completeness and its
 * corners are judged just as well on fewer pixels).
 * <p>
 * Stateless and thread-safe: every call gets its own {@link ImageReader}. Refusals are
 * {@link BaokaoException}s with a message key and text arguments (numbers are passed as strings so that
 * {@code MessageFormat} does not print "1,024").
 * <p>
 * Decoding goes through TwelveMonkeys' JPEG reader, which also reads CMYK/YCCK (Adobe) JPEGs and applies
 * embedded ICC profiles, both of which the JDK's reader refuses or gets wrong.
 */
public final class ImageInspector {

    /** Decompression-bomb guard: 40 million pixels decode to about 160 MB; more is refused unread. */
    public static final int MAX_PIXELS = 40_000_000;

    /** No real photo or scan is longer than this on one side; a longer side in a header is a crafted file. */
    static final int MAX_SIDE = 20_000;

    /** An inspection decodes at most about this many pixels (16 MB); a larger image is decoded subsampled. */
    static final int INSPECTION_PIXELS = 4_000_000;

    // Background sampling: the top band of the photo, at its outer edges, is where only background shows.
    private static final double CORNER_HEIGHT = 0.08;
    private static final double CORNER_WIDTH = 0.12;

    private ImageInspector() {
    }

    /**
     * Checks a candidate photo against a rule: a complete JPEG first, then its pixel size as displayed, its byte
     * size and its background colour, naming every one of these three that is broken.
     *
     * @throws BaokaoException at {@code field} when the photo is refused: a single one when it is not a whole
     *                         JPEG, else an {@link InvalidFormException} with each broken rule in that order
     */
    public static InspectedImage inspectPhoto(byte[] bytes, PhotoRule rule, String field) {
        if (rule == null) {
            throw new IllegalArgumentException("no photo rule");
        }
        requireNotEmpty(bytes, field);
        requireJpegSignature(bytes, field);
        try (Jpeg jpeg = Jpeg.open(bytes, field)) {
            int width = jpeg.displayedWidth();
            int height = jpeg.displayedHeight();
            BufferedImage upright = applyOrientation(jpeg.decode(subsampling(width, height)), jpeg.orientation);
            Background background = background(upright);
            FormCheck check = new FormCheck();
            check.rule(() -> checkPixelSize(rule, width, height, field));
            check.rule(() -> checkByteSize(rule, bytes.length, field));
            check.rule(() -> checkBackground(rule, background, field));
            check.done();
            return new InspectedImage(width, height, jpeg.orientation, background, bytes.length);
        }
    }

    /**
     * Checks a proof scan (ID card, diploma, work certificate): a complete JPEG first, then at most {@code maxKb}
     * KB. Its background is not examined, so the result's {@code background} is {@code null}.
     *
     * @throws BaokaoException at {@code field} when the scan is refused
     */
    public static InspectedImage inspectProof(byte[] bytes, int maxKb, String field) {
        if (maxKb <= 0) {
            throw new IllegalArgumentException("a proof size limit is above 0 KB: " + maxKb);
        }
        requireNotEmpty(bytes, field);
        requireJpegSignature(bytes, field);
        try (Jpeg jpeg = Jpeg.open(bytes, field)) {
            int width = jpeg.displayedWidth();
            int height = jpeg.displayedHeight();
            jpeg.decode(subsampling(width, height)); // decoded to the end only to know that it is complete
            if (bytes.length > maxKb * 1024L) {
                throw BaokaoException.at(field, "proof.bytes.tooLarge",
                        String.valueOf(maxKb), kb(bytes.length, RoundingMode.CEILING));
            }
            return new InspectedImage(width, height, jpeg.orientation, null, bytes.length);
        }
    }

    /**
     * Decodes a JPEG the right way up: the EXIF orientation is applied and CMYK/YCCK is converted to RGB.
     * Meant for photos that already passed {@link #inspectPhoto}, but it keeps the signature, pixel-count and
     * truncation guards, so it is safe on any bytes. An image in orientation 1 is returned as decoded (it may
     * be greyscale); a turned or mirrored one comes back as {@code TYPE_INT_RGB}.
     *
     * @throws BaokaoException (without a field) when the bytes are not a complete, readable JPEG
     */
    public static BufferedImage decodeUpright(byte[] jpeg) {
        requireNotEmpty(jpeg, null);
        requireJpegSignature(jpeg, null);
        try (Jpeg image = Jpeg.open(jpeg, null)) {
            return applyOrientation(image.decode(1), image.orientation);
        }
    }

    // ---------------------------------------------------------------- cheap guards

    private static void requireNotEmpty(byte[] bytes, String field) {
        if (bytes == null || bytes.length == 0) {
            throw BaokaoException.at(field, "upload.empty");
        }
    }

    /** Every JPEG starts with SOI (FF D8) and the next marker's FF; a PNG or PDF renamed to .jpg does not. */
    private static void requireJpegSignature(byte[] bytes, String field) {
        if (bytes.length < 3 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8 || (bytes[2] & 0xFF) != 0xFF) {
            throw BaokaoException.at(field, "upload.notJpeg");
        }
    }

    /** Size in KB with one decimal, rounded away from the limit so that "too large" never shows the limit itself. */
    static String kb(long bytes, RoundingMode rounding) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024), 1, rounding).toPlainString();
    }

    /** The smallest subsampling step (1 = every pixel) that keeps a decoded image within {@link #INSPECTION_PIXELS}. */
    static int subsampling(int width, int height) {
        int step = 1;
        while ((long) ((width + step - 1) / step) * ((height + step - 1) / step) > INSPECTION_PIXELS) {
            step++;
        }
        return step;
    }

    private static void checkByteSize(PhotoRule rule, int bytes, String field) {
        if (bytes < rule.getMinKb() * 1024L) {
            throw BaokaoException.at(field, "photo.bytes.tooSmall",
                    String.valueOf(rule.getMinKb()), kb(bytes, RoundingMode.FLOOR));
        }
        if (bytes > rule.getMaxKb() * 1024L) {
            throw BaokaoException.at(field, "photo.bytes.tooLarge",
                    String.valueOf(rule.getMaxKb()), kb(bytes, RoundingMode.CEILING));
        }
    }

    private static void checkPixelSize(PhotoRule rule, int width, int height, String field) {
        boolean ok = rule.isExactSize()
                ? width == rule.getWidth() && height == rule.getHeight()
                : width >= rule.getWidth() && height >= rule.getHeight();
        if (!ok) {
            // sizes travel as "260×360": a bundle pattern gets at most three arguments, and × reads in both languages
            throw BaokaoException.at(field, rule.isExactSize() ? "photo.size.exact" : "photo.size.min",
                    size(rule.getWidth(), rule.getHeight()), size(width, height));
        }
    }

    static String size(int width, int height) {
        return width + "×" + height;
    }

    // ---------------------------------------------------------------- background

    /** Classifies the two top corner regions of an upright photo; they must agree, else it is {@code OTHER}. */
    static Background background(BufferedImage upright) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        int bandHeight = Math.max(1, (int) Math.round(h * CORNER_HEIGHT));
        int cornerWidth = Math.max(1, (int) Math.round(w * CORNER_WIDTH));
        Background left = classify(averageRgb(upright, 0, cornerWidth, bandHeight));
        Background right = classify(averageRgb(upright, w - cornerWidth, cornerWidth, bandHeight));
        return left == right ? left : Background.OTHER;
    }

    private static int[] averageRgb(BufferedImage image, int x0, int width, int height) {
        int[] row = new int[width];
        long r = 0;
        long g = 0;
        long b = 0;
        for (int y = 0; y < height; y++) {
            image.getRGB(x0, y, width, 1, row, 0, width); // getRGB converts whatever the colour model is to sRGB
            for (int argb : row) {
                r += (argb >> 16) & 0xFF;
                g += (argb >> 8) & 0xFF;
                b += argb & 0xFF;
            }
        }
        long n = (long) width * height;
        return new int[] {(int) (r / n), (int) (g / n), (int) (b / n)};
    }

    static Background classify(int[] rgb) {
        return classify(rgb[0], rgb[1], rgb[2]);
    }

    /**
     * HSV classification, tolerant enough for real studio photos: backdrops are lit unevenly and cameras
     * shift white towards warm or cool, so "white" is any bright, nearly unsaturated colour, and the
     * ID-photo blues range from sky blue (0,191,243) to the darker (67,142,219).
     */
    static Background classify(int r, int g, int b) {
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        double value = max / 255.0;
        double saturation = max == 0 ? 0 : (max - min) / (double) max;
        if (value >= 0.75 && saturation <= 0.18) {
            return Background.WHITE;
        }
        if (max == min) {
            return Background.OTHER; // grey or black: no hue
        }
        double hue;
        double delta = max - min;
        if (max == r) {
            hue = 60 * ((g - b) / delta);
        } else if (max == g) {
            hue = 60 * ((b - r) / delta) + 120;
        } else {
            hue = 60 * ((r - g) / delta) + 240;
        }
        if (hue < 0) {
            hue += 360;
        }
        if (hue >= 185 && hue <= 255 && saturation >= 0.25 && value >= 0.3) {
            return Background.BLUE;
        }
        if ((hue >= 340 || hue <= 15) && saturation >= 0.35 && value >= 0.3) {
            return Background.RED;
        }
        return Background.OTHER;
    }

    /**
     * The key names the allowed colours, e.g. {@code photo.background.WHITE,BLUE}: each bundle words the colour list
     * in its own language, and pages and the API read it without arguments to translate.
     */
    private static void checkBackground(PhotoRule rule, Background background, String field) {
        Set<Background> allowed = allowedBackgrounds(rule.getBackgrounds());
        if (!allowed.contains(background)) {
            throw BaokaoException.at(field, "photo.background."
                    + allowed.stream().map(Background::name).collect(Collectors.joining(",")));
        }
    }

    /** The colours a rule allows, in the enum's order; all of them when it names none that is known. */
    static Set<Background> allowedBackgrounds(String backgrounds) {
        Set<Background> allowed = EnumSet.noneOf(Background.class);
        for (String name : (backgrounds == null ? "" : backgrounds).split(",")) {
            String trimmed = name.trim().toUpperCase(Locale.ROOT);
            for (Background colour : Background.values()) {
                if (colour != Background.OTHER && colour.name().equals(trimmed)) {
                    allowed.add(colour); // OTHER is what we call a failed check, never an allowed backdrop
                }
            }
        }
        return allowed.isEmpty() ? EnumSet.complementOf(EnumSet.of(Background.OTHER)) : allowed;
    }

    // ---------------------------------------------------------------- EXIF orientation

    /** The EXIF orientation from the APP1 "Exif" segment; 1 when there is none or it cannot be read. */
    static int exifOrientation(byte[] bytes) {
        try (ImageInputStream in = new ByteArrayImageInputStream(bytes)) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (segments.isEmpty()) {
                return 1;
            }
            byte[] exif;
            try (InputStream data = segments.get(0).data()) {
                exif = data.readAllBytes();
            }
            // "Exif" is followed by a NUL terminator (already skipped) and a NUL pad byte; the TIFF header starts after it
            int start = 0;
            while (start < exif.length && exif[start] == 0) {
                start++;
            }
            Directory directory = new TIFFReader().read(new ByteArrayImageInputStream(exif, start, exif.length - start));
            if (directory instanceof CompoundDirectory compound && compound.directoryCount() > 0) {
                directory = compound.getDirectory(0); // IFD0 is the image; IFD1 would be the thumbnail
            }
            Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
            Object value = entry == null ? null : entry.getValue();
            if (value != null && value.getClass().isArray() && java.lang.reflect.Array.getLength(value) > 0) {
                value = java.lang.reflect.Array.get(value, 0);
            }
            int orientation = value instanceof Number number ? number.intValue() : 1;
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
        } catch (IOException | RuntimeException brokenExif) {
            return 1; // phones and editors write odd EXIF; a broken tag must not refuse a good photo
        }
    }

    /**
     * Turns/mirrors an image as EXIF orientation {@code orientation} asks. The matrices map a stored pixel
     * (x, y) of a w x h image to its displayed place, e.g. 6 ("row 0 is the right side") is x' = h - y, y' = x.
     */
    static BufferedImage applyOrientation(BufferedImage stored, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);  // mirrored left-right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);  // mirrored top-bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);   // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);  // turned a quarter clockwise to display
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transversed
            default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8: turned a quarter anticlockwise to display
        };
        boolean swap = orientation >= 5;
        BufferedImage upright = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        try {
            // quarter turns map pixel to pixel; nearest neighbour keeps them exact instead of blurring
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(stored, t, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    // ---------------------------------------------------------------- truncation

    /**
     * Walks the JPEG's segments and entropy-coded data to its EOI marker. Returns EOI's offset, -1 when the
     * data ends first (a truncated upload), -2 when the structure is broken. Unlike "does the file end with
     * FF D9", this accepts data after EOI (phones append motion-photo and maker trailers) and is not fooled
     * by the FF D9 that ends an EXIF thumbnail.
     */
    static int endOfImage(byte[] b) {
        int n = b.length;
        int pos = 2; // after SOI
        while (true) {
            while (pos < n && (b[pos] & 0xFF) != 0xFF) {
                pos++; // stray bytes between segments: libjpeg skips them with a warning, so do we
            }
            while (pos < n && (b[pos] & 0xFF) == 0xFF) {
                pos++; // fill bytes before a marker
            }
            if (pos >= n) {
                return -1;
            }
            int marker = b[pos] & 0xFF;
            int markerAt = pos - 1;
            pos++;
            if (marker == 0xD9) {
                return markerAt;
            }
            if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
                continue; // markers without a length
            }
            if (pos + 2 > n) {
                return -1;
            }
            int length = ((b[pos] & 0xFF) << 8) | (b[pos + 1] & 0xFF);
            if (length < 2) {
                return -2;
            }
            pos += length;
            if (marker == 0xDA) {
                // scan data: runs to the next marker; FF 00 is an escaped FF, FF D0..D7 are restart markers
                while (pos < n) {
                    if ((b[pos] & 0xFF) == 0xFF && pos + 1 < n) {
                        int next = b[pos + 1] & 0xFF;
                        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                            pos += 2;
                            continue;
                        }
                        if (next != 0xFF) {
                            break;
                        }
                    }
                    pos++;
                }
            }
        }
    }

    private static boolean tellsOfTruncation(String warning) {
        // libjpeg: "Premature end of JPEG file", "Corrupt JPEG data: premature end of data segment";
        // TwelveMonkeys: "Truncated File - Missing EOI marker". Other warnings (stray bytes, odd metadata) are
        // common in phone files and harmless.
        String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
        return text.contains("premature end") || text.contains("missing eoi");
    }

    // ---------------------------------------------------------------- the reader

    /**
     * TwelveMonkeys' reader spi, set up without ImageIO's global registry: in an application server that
     * registry may not have scanned the application's jars, or may hold another application's copy. The spi
     * only works once registered beside the JDK's JPEG reader, to which it delegates the actual decoding,
     * so it gets a private registry holding the two.
     */
    private static final class Readers {
        static final ServiceRegistry REGISTRY = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
        static final ImageReaderSpi TWELVE_MONKEYS = twelveMonkeys();

        private static ImageReaderSpi twelveMonkeys() {
            Iterator<ImageReaderSpi> all = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false);
            while (all.hasNext()) {
                ImageReaderSpi spi = all.next();
                if (spi.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi")) {
                    REGISTRY.registerServiceProvider(spi, ImageReaderSpi.class);
                    ImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
                    REGISTRY.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class); // finds its delegate here
                    return twelveMonkeys;
                }
            }
            return null;
        }

        static ImageReader newReader() throws IOException {
            if (TWELVE_MONKEYS != null) {
                return TWELVE_MONKEYS.createReaderInstance();
            }
            // no JDK JPEG reader in the default registry (never seen): take what ImageIO has, preferring TwelveMonkeys
            ImageIO.scanForPlugins();
            ImageReader fallback = null;
            for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext(); ) {
                ImageReader reader = it.next();
                if (reader.getClass().getName().startsWith("com.twelvemonkeys.")) {
                    return reader;
                }
                if (fallback == null) {
                    fallback = reader;
                }
            }
            if (fallback == null) {
                throw new IOException("no JPEG reader");
            }
            return fallback;
        }
    }

    /** One JPEG being inspected: its header read and guarded, its orientation known, not yet decoded. */
    private static final class Jpeg implements AutoCloseable {

        private final byte[] bytes;
        private final String field;
        private final ImageReader reader;
        private final ImageInputStream input;
        private final int storedWidth;
        private final int storedHeight;
        final int orientation;

        private Jpeg(byte[] bytes, String field, ImageReader reader, ImageInputStream input, int width, int height) {
            this.bytes = bytes;
            this.field = field;
            this.reader = reader;
            this.input = input;
            this.storedWidth = width;
            this.storedHeight = height;
            this.orientation = exifOrientation(bytes);
        }

        /** Reads the frame header only and refuses what would take too much memory to decode. */
        static Jpeg open(byte[] bytes, String field) {
            ImageReader reader = null;
            ImageInputStream input = null;
            try {
                reader = Readers.newReader();
                input = new ByteArrayImageInputStream(bytes);
                reader.setInput(input, true, false); // keep metadata: the Adobe and ICC segments drive colour conversion
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw BaokaoException.at(field, "upload.unreadable");
                }
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw BaokaoException.at(field, "upload.tooManyPixels", String.valueOf(width), String.valueOf(height));
                }
                Jpeg jpeg = new Jpeg(bytes, field, reader, input, width, height);
                reader = null; // now owned by jpeg
                input = null;
                return jpeg;
            } catch (IOException | RuntimeException e) {
                if (e instanceof BaokaoException refusal) {
                    throw refusal;
                }
                throw BaokaoException.at(field, "upload.unreadable");
            } finally {
                close(reader, input);
            }
        }

        int displayedWidth() {
            return orientation >= 5 ? storedHeight : storedWidth;
        }

        int displayedHeight() {
            return orientation >= 5 ? storedWidth : storedHeight;
        }

        /**
         * Decodes the stored pixels, every {@code step}-th in each direction, refusing a truncated or broken file.
         * The whole entropy-coded data is read whatever the step, so a truncation is found as well.
         */
        BufferedImage decode(int step) {
            int end = endOfImage(bytes);
            if (end == -1) {
                throw BaokaoException.at(field, "upload.truncated");
            }
            if (end < 0) {
                throw BaokaoException.at(field, "upload.unreadable");
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage stored;
            try {
                ImageReadParam param = reader.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                stored = reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                throw BaokaoException.at(field, warnings.stream().anyMatch(ImageInspector::tellsOfTruncation)
                        ? "upload.truncated" : "upload.unreadable");
            }
            // libjpeg fills missing data with grey and only warns; a half-grey photo is not a photo
            if (warnings.stream().anyMatch(ImageInspector::tellsOfTruncation)) {
                throw BaokaoException.at(field, "upload.truncated");
            }
            if (stored == null) {
                throw BaokaoException.at(field, "upload.unreadable");
            }
            return stored;
        }

        @Override
        public void close() {
            close(reader, input);
        }

        private static void close(ImageReader reader, ImageInputStream input) {
            if (reader != null) {
                reader.dispose();
            }
            if (input != null) {
                try {
                    input.close();
                } catch (IOException ignored) {
                    // an in-memory stream has nothing to release
                }
            }
        }
    }
}
