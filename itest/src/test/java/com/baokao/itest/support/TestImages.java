package com.baokao.itest.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** ID-photo-like JPEGs (plain background, a dark head and shoulders, some noise) and proof scans for tests. */
public final class TestImages {

    private TestImages() {
    }

    /** A {@code width x height} photo on {@code background}, at the highest quality that stays under {@code maxKb}. */
    public static byte[] photo(int width, int height, Color background, int maxKb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(60, 45, 40));
        g.fillOval(width / 4, height / 6, width / 2, height / 2);
        g.setColor(new Color(40, 50, 80));
        g.fillRect(width / 8, height * 2 / 3, width * 3 / 4, height / 3);
        g.dispose();
        Random noise = new Random(width * 31L + height);
        for (int y = height / 6; y < height; y++) {
            for (int x = width / 8; x < width * 7 / 8; x++) {
                int rgb = image.getRGB(x, y);
                int d = noise.nextInt(40) - 20;
                image.setRGB(x, y, new Color(clamp((rgb >> 16 & 255) + d), clamp((rgb >> 8 & 255) + d), clamp((rgb & 255) + d)).getRGB());
            }
        }
        for (float quality = 0.95f; quality > 0.2f; quality -= 0.05f) {
            byte[] jpeg = jpeg(image, quality);
            if (jpeg.length <= maxKb * 1024) {
                return jpeg;
            }
        }
        throw new IllegalStateException("cannot get a " + width + "x" + height + " photo under " + maxKb + " KB");
    }

    /** A scan-like document image under {@code maxKb}. */
    public static byte[] proof(int maxKb) {
        return photo(600, 420, new Color(245, 245, 240), maxKb);
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
