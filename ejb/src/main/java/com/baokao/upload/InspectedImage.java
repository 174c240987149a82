package com.baokao.upload;

/**
 * What {@link ImageInspector} found in an accepted upload.
 *
 * @param width           width as displayed, i.e. after the EXIF orientation is applied
 * @param height          height as displayed
 * @param exifOrientation the EXIF orientation, 1 to 8; 1 when the file has none or a broken one
 * @param background      the detected background of a photo; {@code null} for a proof, whose background is not examined
 * @param sizeBytes       the size of the file in bytes
 */
public record InspectedImage(int width, int height, int exifOrientation, Background background, long sizeBytes) {

    public InspectedImage {
        if (width <= 0 || height <= 0 || exifOrientation < 1 || exifOrientation > 8 || sizeBytes <= 0) {
            throw new IllegalArgumentException("not an inspected image: " + width + "x" + height
                    + ", orientation " + exifOrientation + ", " + sizeBytes + " bytes");
        }
    }

    /** Whether the stored pixels are turned a quarter relative to the display (orientations 5 to 8). */
    public boolean quarterTurned() {
        return exifOrientation >= 5;
    }
}
