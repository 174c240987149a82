package com.baokao.upload;

/** The colour of a candidate photo's background as {@link ImageInspector} sees it in the two top corners. */
public enum Background {
    WHITE, BLUE, RED,
    /** Anything else: grey, beige, green, a patterned wall, or two corners that disagree. */
    OTHER
}
