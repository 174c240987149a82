package com.baokao.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;

/**
 * An exam's photo rule: JPEG, pixel size exact or minimum (width x height), byte size range in KB
 * (1 KB = 1024 bytes, inclusive), and the allowed background colours (comma-separated: WHITE, BLUE, RED).
 */
@Embeddable
public class PhotoRule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The backgrounds allowed when an administrator names none: every colour a Chinese ID photo is taken on. */
    public static final String ANY_BACKGROUND = "WHITE,BLUE,RED";

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
        this.backgrounds = backgrounds == null || backgrounds.isBlank() ? ANY_BACKGROUND : backgrounds;
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
