package org.mizan.memorial.control;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * A photo as the site carries it: decoded to pixels and encoded again as a JPEG of at most {@value #MAX_SIDE} pixels a side.
 * Only the pixels survive, so EXIF, XMP, GPS, IPTC and comments of the original are gone by construction (the leak check
 * verifies it on the result all the same), and a portrait stays a few tens of kilobytes.
 */
final class PhotoEncoder {

    static final int MAX_SIDE = 480;
    private static final Set<String> READABLE = Set.of("image/jpeg", "image/png");

    private PhotoEncoder() {
    }

    static boolean readable(String detectedType) {
        return detectedType != null && READABLE.contains(detectedType.strip());
    }

    /** The re-encoded JPEG, or null when the bytes are no image Java can read. */
    static byte[] reencode(InputStream original) throws IOException {
        BufferedImage source = ImageIO.read(original);
        if (source == null) {
            return null;
        }
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pixels.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, java.awt.Color.WHITE, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(pixels, "jpeg", out)) {
            return null;
        }
        return out.toByteArray();
    }
}
