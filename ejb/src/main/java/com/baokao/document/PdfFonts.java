package com.baokao.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.function.Supplier;
import java.util.zip.Deflater;

/**
 * The fonts of every PDF Baokao makes, shipped in the jar (see {@code fonts/README.md}) so output does not
 * depend on what is installed on the server.
 * <p>
 * Text is set in WenQuanYi Micro Hei (GBK Chinese + Latin); any character it lacks — CJK Extension B–F
 * characters that occur in real names, such as 𠮷 — falls back to Hanazono Mincho B, per character.
 * Fonts are embedded as subsets with Identity-H encoding, so the PDF carries only the glyphs it uses and
 * its text stays extractable/searchable.
 * <p>
 * {@link BaseFont}s are shared by all threads: OpenPDF only reads them while writing a document (each writer
 * keeps its own record of the glyphs used).
 */
public final class PdfFonts {

    private static final String DIR = "fonts/";

    private PdfFonts() {
    }

    /** Lazy holder: the ~36 MB of font files are read on first use, once per JVM, not at class-load of callers. */
    private static final class Holder {
        private static final byte[] WQY = bytes("wqy-microhei.ttc");
        /** Index 0 of the collection: the proportional face. */
        static final BaseFont SANS = create("wqy-microhei.ttc,0", WQY);
        /** Index 1: WenQuanYi Micro Hei Mono — same design, fixed pitch; for codes people copy by eye. */
        static final BaseFont MONO = create("wqy-microhei.ttc,1", WQY);
        static final BaseFont EXT = create("HanaMinB.ttf", bytes("HanaMinB.ttf"));
        /**
         * WenQuanYi Micro Hei cut down to GB 2312 + Latin (13,303 of its 49,531 glyphs; built by the test class
         * CompactFontBuilder). OpenPDF's subset of a font copies the font's whole glyph-index tables (loca, hmtx)
         * and deflates them for every document, which was ~80 % of a PDF's render time; with a quarter of the
         * glyphs that work shrinks accordingly.
         */
        static final BaseFont COMMON = create("wqy-microhei-common.ttf", bytes("wqy-microhei-common.ttf"));
    }

    /** Proportional sans (WenQuanYi Micro Hei); has no glyphs outside the BMP — prefer {@link #phrase}. */
    public static BaseFont sans() {
        return Holder.SANS;
    }

    /** Fixed-pitch sans (WenQuanYi Micro Hei Mono). */
    public static BaseFont mono() {
        return Holder.MONO;
    }

    /** Hanazono Mincho B: CJK Extension B–F only (and a few Latin glyphs). */
    public static BaseFont extension() {
        return Holder.EXT;
    }

    /** The compact face (GB 2312 + Latin) of WenQuanYi Micro Hei; prefer {@link #commonPhrase}. */
    static BaseFont common() {
        return Holder.COMMON;
    }

    /** Forces the fonts to load now, e.g. at startup, so the first user does not wait for it. */
    public static void preload() {
        Holder.EXT.getPostscriptFontName();
        Holder.COMMON.getPostscriptFontName();
    }

    public static Phrase phrase(String text, float size, boolean bold) {
        return phrase(text, size, bold, Color.BLACK);
    }

    /**
     * Text in the sans face, each character in the first font that has its glyph. Leading is 1.4 × size,
     * which suits CJK text (a Phrase's default would follow Helvetica 12 regardless of {@code size}).
     * <p>
     * The fonts have no bold face, so bold is simulated by also stroking the glyph outlines (render mode
     * fill-stroke); it prints and extracts like normal text.
     */
    public static Phrase phrase(String text, float size, boolean bold, Color color) {
        return select(text, size, bold, color, Holder.SANS, Holder.EXT);
    }

    /**
     * Like {@link #phrase}, same design, but from the compact face first: a document set only in it writes its
     * font subset several times faster. Characters outside GB 2312 come from the full face, Extension B–F
     * characters from Hanazono Mincho B, as with {@link #phrase}; only the documents that have them pay for it.
     */
    public static Phrase commonPhrase(String text, float size, boolean bold, Color color) {
        return select(text, size, bold, color, Holder.COMMON, Holder.SANS, Holder.EXT);
    }

    /** Like {@link #phrase} but fixed pitch (falling back to the proportional faces for missing glyphs). */
    public static Phrase monoPhrase(String text, float size, boolean bold, Color color) {
        return select(text, size, bold, color, Holder.MONO, Holder.SANS, Holder.EXT);
    }

    private static Phrase select(String text, float size, boolean bold, Color color, BaseFont... fonts) {
        // Own run splitting rather than OpenPDF's FontSelector: in OpenPDF 2.0.5 every `new FontSelector()`
        // re-registers and re-parses a bundled Liberation Sans via the global FontFactory (~3 ms each, and
        // contended between threads), which made a form take ~300 ms; it also adds that font as a last
        // resort, at 12 pt whatever size was asked for.
        Font[] styled = new Font[fonts.length];
        for (int i = 0; i < fonts.length; i++) {
            styled[i] = new Font(fonts[i], size, Font.NORMAL, color);
        }
        // the phrase's own font matters too: OpenPDF sets paragraph spacing with it (default: Helvetica,
        // which would be the one font in the PDF that is not embedded)
        Phrase phrase = new Phrase(size * 1.4f, "", styled[0]);
        String s = text == null ? "" : text;
        StringBuilder run = new StringBuilder();
        int current = 0;
        for (int i = 0; i < s.length(); ) {
            // code points, not chars: a surrogate pair (𠮷 = D842 DFB7) must reach the font as one character
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int font;
            if (Character.isWhitespace(cp) && fonts[current].charExists(cp)) {
                font = current; // a space does not need a run of its own
            } else {
                font = 0; // if no font has it, it prints as the first font's .notdef (an empty box)
                for (int k = 0; k < fonts.length; k++) {
                    if (fonts[k].charExists(cp)) {
                        font = k;
                        break;
                    }
                }
            }
            if (font != current && run.length() > 0) {
                phrase.add(chunk(run.toString(), styled[current], bold, size, color));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            phrase.add(chunk(run.toString(), styled[current], bold, size, color));
        }
        return phrase;
    }

    private static Chunk chunk(String text, Font font, boolean bold, float size, Color color) {
        Chunk chunk = new Chunk(text, font);
        if (bold) {
            chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, size / 30f, color);
        }
        return chunk;
    }

    private static BaseFont create(String name, byte[] bytes) {
        try {
            // From bytes, not a file path: inside an EAR/jar the fonts are not files. NOT_CACHED because the
            // holder above is the cache; OpenPDF's own cache would only keep a second reference.
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    bytes, null);
            // A subset keeps the font's full glyph index tables (loca, hmtx: tens of thousands of entries,
            // mostly zeros), and deflating them at the default level was ~70 % of a form's render time.
            // BEST_SPEED renders a registration form ~3.5x faster for ~12 % more bytes.
            font.setCompressionLevel(Deflater.BEST_SPEED);
            font.setSecureRandom(new SubsetTags(name));
            return font;
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot load PDF font " + name, e);
        }
    }

    /**
     * Runs {@code render} with font subset tags (the "ABCDEF+" before a subset font's name) derived from
     * {@code seed} and the font instead of random ones, so the same document comes out as the same bytes.
     * Other threads, and documents rendered outside this call, keep random tags.
     */
    static <T> T withSubsetTags(long seed, Supplier<T> render) {
        Long previous = SubsetTags.SEED.get();
        SubsetTags.SEED.set(seed);
        try {
            return render.get();
        } finally {
            if (previous == null) {
                SubsetTags.SEED.remove();
            } else {
                SubsetTags.SEED.set(previous);
            }
        }
    }

    /**
     * OpenPDF draws a subset's tag from the font's SecureRandom (6 × nextDouble per subset written). Fonts are shared,
     * so the deterministic sequence lives in the thread: seeded by the document and the font, restarted for each
     * tag, so the tag does not depend on the order in which a document writes its fonts.
     */
    private static final class SubsetTags extends SecureRandom {
        private static final long serialVersionUID = 1L;
        static final ThreadLocal<Long> SEED = new ThreadLocal<>();
        private final transient ThreadLocal<Random> sequence = new ThreadLocal<>();
        private final long font;

        SubsetTags(String fontName) {
            this.font = fontName.hashCode();
        }

        @Override
        public double nextDouble() {
            Long seed = SEED.get();
            if (seed == null) {
                return super.nextDouble();
            }
            Random r = sequence.get();
            if (r == null || r.seed != seed) {
                r = new Random(seed);
                sequence.set(r);
            }
            return r.next();
        }

        /** SplitMix64 over (document seed, font, position in the tag). */
        private final class Random {
            final long seed;
            int at;

            Random(long seed) {
                this.seed = seed;
            }

            double next() {
                // a tag is six draws; every new tag of this font in this document starts over
                int position = at++ % 6;
                long z = seed * 0x9E3779B97F4A7C15L + font * 0xBF58476D1CE4E5B9L + position * 0x94D049BB133111EBL;
                z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
                z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
                z ^= z >>> 31;
                return (z >>> 11) * 0x1.0p-53;
            }
        }
    }

    private static byte[] bytes(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("PDF font missing from the classpath: com/baokao/document/" + DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read PDF font " + file, e);
        }
    }
}
