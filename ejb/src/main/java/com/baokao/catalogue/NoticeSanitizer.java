package com.baokao.catalogue;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Cleans an announcement's rich text with jsoup's allow-list: headings, paragraphs, lists, tables, links
 * and images survive; scripts, event handlers, styles and {@code javascript:} URLs do not.
 */
public final class NoticeSanitizer {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("hr", "span")
            .addAttributes("a", "target")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https");

    private NoticeSanitizer() {
    }

    public static String clean(String html) {
        return html == null ? "" : Jsoup.clean(html, ALLOWED);
    }
}
