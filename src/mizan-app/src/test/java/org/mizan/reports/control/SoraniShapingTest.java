package org.mizan.reports.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kurdish Sorani comes out of the real renderer shaped as Java2D shapes it: letters joined in their contextual
 * forms, right to left, a mixed run with Latin and digits in order. The PDF page is rasterised with PDFBox and
 * its ink compared with {@link TextLayout} drawing the same string in the same font file at the same size —
 * TextLayout is the reference because it shapes Arabic script (Sorani's extra letters included) correctly.
 * Broken shaping (isolated letter forms, presentation-form substitution that drops ێ ڵ ە ڕ ۆ) changes both the
 * width of the run and the shapes, which the overlap measure sees; {@link #withoutTheGlyphRendererTheCheckFails}
 * proves it on every run.
 */
class SoraniShapingTest {

    /** 4 × 72 dpi: big enough that anti-aliasing differences are a thin rim around each stroke. */
    private static final float SCALE = 4f;
    /** The size of a detail line in reports/section.jrxml (its default style). */
    private static final float POINTS = 9f;
    /** Pixels (a quarter point at this scale) within which ink counts as matching ink of the other image. */
    private static final int NEAR = 2;
    /** The share of ink that must match (see {@link #overlap}) for a correctly shaped run. */
    private static final double MIN_OVERLAP = 0.97;
    /** Largest relative difference of the run's width and height against the reference. */
    private static final double MAX_SIZE_DIFFERENCE = 0.03;

    @ParameterizedTest
    @ValueSource(strings = {"هەڵۆ لە سلێمانی", "MZN-2026-0042 — کەرکووک ١٢", "ڕێکخراوی مافی مرۆڤ"})
    void soraniIsShapedLikeJava2D(String text) throws Exception {
        Match match = compare(new ReportRenderer(), text);
        assertTrue(match.sizeDifference() <= MAX_SIZE_DIFFERENCE && match.overlap() >= MIN_OVERLAP,
                "'" + text + "' as rendered differs from the Java2D reference: " + match);
    }

    @Test
    void withoutTheGlyphRendererTheCheckFails() throws Exception {
        Match match = compare(new ReportRenderer(false), "هەڵۆ لە سلێمانی");
        assertTrue(match.sizeDifference() > MAX_SIZE_DIFFERENCE || match.overlap() < MIN_OVERLAP,
                "broken shaping was not detected: " + match);
    }

    record Match(double sizeDifference, double overlap, Rectangle rendered, Rectangle reference) {
    }

    private static Match compare(ReportRenderer renderer, String text) throws Exception {
        byte[] pdf = renderer.pdf("section", Map.of(), List.of(new ReportItem(null, text, null)), Locale.ENGLISH);
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImage(0, SCALE, ImageType.GRAY);
        }
        BufferedImage reference = reference(text);
        Rectangle a = ink(page);
        Rectangle b = ink(reference);
        double size = Math.max(Math.abs(a.width - b.width) / (double) b.width, Math.abs(a.height - b.height) / (double) b.height);
        return new Match(size, overlap(page, a, reference, b), a, b);
    }

    /** The string drawn by Java2D with the shipped font, black on white, at the size the PDF page was rasterised at. */
    private static BufferedImage reference(String text) throws Exception {
        Font font;
        try (InputStream in = SoraniShapingTest.class.getClassLoader().getResourceAsStream("reports/fonts/DejaVuSans.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(POINTS * SCALE);
        }
        BufferedImage image = new BufferedImage(4000, 400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        FontRenderContext frc = g.getFontRenderContext();
        new TextLayout(text, font, frc).draw(g, 50, 200);
        g.dispose();
        return image;
    }

    private static boolean inked(BufferedImage image, int x, int y) {
        return (image.getRaster().getSample(x, y, 0)) < 128;
    }

    /** The bounding box of everything darker than mid-grey. */
    private static Rectangle ink(BufferedImage image) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (inked(image, x, y)) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(maxX >= 0, "no ink at all");
        return new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /**
     * How much of each ink has the other's ink within {@link #NEAR} pixels, the reference box scaled onto the
     * rendered one; the smaller of the two fractions. The tolerance absorbs anti-aliasing and sub-pixel placement
     * (an exact pixel overlap of the same correct shapes is only ~0.75), not a letter in a different form or place.
     */
    private static double overlap(BufferedImage rendered, Rectangle a, BufferedImage reference, Rectangle b) {
        boolean[][] inkA = new boolean[a.height][a.width];
        boolean[][] inkB = new boolean[a.height][a.width];
        for (int y = 0; y < a.height; y++) {
            for (int x = 0; x < a.width; x++) {
                inkA[y][x] = inked(rendered, a.x + x, a.y + y);
                inkB[y][x] = inked(reference, b.x + Math.min(b.width - 1, (int) ((long) x * b.width / a.width)),
                        b.y + Math.min(b.height - 1, (int) ((long) y * b.height / a.height)));
            }
        }
        return Math.min(near(inkA, inkB), near(inkB, inkA));
    }

    /** The fraction of {@code from}'s ink that has ink of {@code to} within {@link #NEAR} pixels. */
    private static double near(boolean[][] from, boolean[][] to) {
        long ink = 0, matched = 0;
        for (int y = 0; y < from.length; y++) {
            for (int x = 0; x < from[y].length; x++) {
                if (from[y][x]) {
                    ink++;
                    matched += anyWithin(to, x, y) ? 1 : 0;
                }
            }
        }
        return ink == 0 ? 0 : matched / (double) ink;
    }

    private static boolean anyWithin(boolean[][] ink, int x, int y) {
        for (int dy = -NEAR; dy <= NEAR; dy++) {
            for (int dx = -NEAR; dx <= NEAR; dx++) {
                int yy = y + dy, xx = x + dx;
                if (yy >= 0 && yy < ink.length && xx >= 0 && xx < ink[yy].length && ink[yy][xx]) {
                    return true;
                }
            }
        }
        return false;
    }

}
