package com.baokao.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An exam's photo rule: JPEG, pixel size exact or minimum (width x height), byte size range in KB
 * (1 KB = 1024 bytes, inclusive), and the allowed background colours (comma-separated: WHITE, BLUE, RED). The
 * colours are kept in that order whatever order they were given in, so that a rule reads the same everywhere and
 * the pages' and messages' keys per colour list ({@code photo.background.WHITE,BLUE}) always exist.
 */
@Embeddable
public class PhotoRule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The backgrounds allowed when an administrator names none: every colour a Chinese ID photo is taken on. */
    public static final String ANY_BACKGROUND = "WHITE,BLUE,RED";

    /** The colours a rule may allow, in the order a rule lists them. */
    public static final List<String> COLOURS = List.of(ANY_BACKGROUND.split(","));

    @Column(name = "photo_width", nullable = false)
    private int width;

    @Column(name = "photo_height", nullable = false)
    private int height;

    @Column(name = "photo_exact_size", nullable = false)
    private boolean exactSize;

    @Column(name = "photo_min_kb", nullable = false)
    private int minKb;

    @Column(name = "photo_max_kb", nullable = false)
    private int maxKb;

    @Column(name = "photo_backgrounds", nullable = false)
    private String backgrounds;

    protected PhotoRule() {
    }

    /** What a new exam starts with: seed 002's rule, 260 x 360 px exactly and 15 to 45 KB, on any background. */
    public static PhotoRule standard() {
        return new PhotoRule(260, 360, true, 15, 45, ANY_BACKGROUND);
    }

    public PhotoRule(int width, int height, boolean exactSize, int minKb, int maxKb, String backgrounds) {
        if (width <= 0 || height <= 0 || minKb < 0 || maxKb < minKb) {
            throw com.baokao.i18n.BaokaoException.at("photoRule", "photo.rule.invalid");
        }
        this.width = width;
        this.height = height;
        this.exactSize = exactSize;
        this.minKb = minKb;
        this.maxKb = maxKb;
        this.backgrounds = normalised(backgrounds);
    }

    /** The colours in the order of {@link #COLOURS}, each once; all of them when none is named. */
    static String normalised(String backgrounds) {
        if (backgrounds == null || backgrounds.isBlank()) {
            return ANY_BACKGROUND;
        }
        Set<String> named = new TreeSet<>();
        for (String name : backgrounds.split(",")) {
            String colour = name.strip().toUpperCase(Locale.ROOT);
            if (!colour.isEmpty()) {
                if (!COLOURS.contains(colour)) {
                    throw com.baokao.i18n.BaokaoException.at("photoBackgrounds", "photo.rule.backgrounds.invalid");
                }
                named.add(colour);
            }
        }
        return named.isEmpty() ? ANY_BACKGROUND
                : COLOURS.stream().filter(named::contains).collect(Collectors.joining(","));
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public boolean isExactSize() {
        return exactSize;
    }

    public int getMinKb() {
        return minKb;
    }

    public int getMaxKb() {
        return maxKb;
    }

    public String getBackgrounds() {
        return backgrounds;
    }
}
