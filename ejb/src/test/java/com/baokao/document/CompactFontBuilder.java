package com.baokao.document;

import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Builds {@code fonts/wqy-microhei-common.ttf}, the compact face of {@link PdfFonts#common()}: WenQuanYi Micro Hei
 * cut down to ASCII, Latin-1, and every character of GB 2312 (6,763 hanzi, full-width forms, punctuation), plus a
 * few common name characters outside it, with its glyphs renumbered (Apache FontBox). OpenPDF's per-document
 * subset of a font copies the font's whole glyph-index tables, so a font with a fifth of the glyphs makes every
 * PDF faster to write and smaller. Run once when the character list changes; the output is committed:
 * <pre>mvn -pl ejb test-compile dependency:build-classpath -Dmdep.outputFile=target/cp -Dmdep.includeScope=test
 * java -cp ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/cp) com.baokao.document.CompactFontBuilder</pre>
 */
public final class CompactFontBuilder {

    /** Common in names, not in GB 2312 (the full face still has every other GBK character, as a fallback). */
    static final String NAME_EXTRAS = "玥喆堃昇燊旻珺垚晗彧祎璟赟翀頔珏琇煜昊炜玮琦婧妍钰淏溧泓浩皓睿瑾瑜瑶璐筱箐翾懿";

    private CompactFontBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0]
                : "ejb/src/main/resources/com/baokao/document/fonts/wqy-microhei-common.ttf");
        TreeSet<Integer> chars = new TreeSet<>();
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        for (int cp = 0x20; cp <= 0xFFFF; cp++) {
            boolean latin = cp <= 0x7E || (cp >= 0xA0 && cp <= 0xFF);
            if (!Character.isSurrogate((char) cp) && (latin || gb2312.canEncode((char) cp))) {
                chars.add(cp);
            }
        }
        NAME_EXTRAS.codePoints().forEach(chars::add);
        // dashes and quotes the documents print (– in time ranges), and the yuan sign
        "–—‘’“”…·¥€".codePoints().forEach(chars::add);
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/wqy-microhei.ttc");
                TrueTypeCollection ttc = new TrueTypeCollection(in)) {
            TrueTypeFont font = ttc.getFontByName("WenQuanYiMicroHei");
            TTFSubsetter subset = new TTFSubsetter(font);
            int missing = 0;
            for (int cp : chars) {
                if (font.getUnicodeCmapLookup().getGlyphId(cp) > 0) {
                    subset.add(cp);
                } else {
                    missing++;
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                subset.writeToStream(os);
            }
            System.out.printf("%s: %d characters (%d not in the font), %d of %d glyphs, %,d bytes%n", out,
                    chars.size() - missing, missing, subset.getGIDMap().size(), font.getNumberOfGlyphs(), Files.size(out));
        }
    }
}
