package org.mizan.reports.control;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The periodic report's charts: drawn in the report font, at twice the point size, and mirrored for right-to-left
 * editions — bars hang from the right and time runs leftwards — with each bar's value just beyond its end. Bars are
 * found by their colour.
 */
class PeriodicChartsTest {

    private static final List<PeriodicCharts.Bar> TWO = List.of(new PeriodicCharts.Bar("بغداد", 10), new PeriodicCharts.Bar("سلێمانی", 5));

    private static final List<PeriodicCharts.Bar> THREE = List.of(new PeriodicCharts.Bar("بغداد", 10), new PeriodicCharts.Bar("سلێمانی", 5),
            new PeriodicCharts.Bar("البصرة", 1));
    /** Pixels beyond a bar's end in which its value must be printed: some 20 points, two or three digits. */
    private static final int LABEL_ROOM = 40;

    /**
     * The horizontal extent [first x, last x, first row, last row] of the bar pixels on each pixel row that has any,
     * bar by bar.
     */
    private static List<int[]> barExtents(BufferedImage image, boolean horizontal) {
        List<int[]> bars = new ArrayList<>();
        int outer = horizontal ? image.getHeight() : image.getWidth();
        int inner = horizontal ? image.getWidth() : image.getHeight();
        int[] current = null;
        for (int a = 0; a < outer; a++) {
            int first = -1;
            int last = -1;
            for (int b = 0; b < inner; b++) {
                int rgb = horizontal ? image.getRGB(b, a) : image.getRGB(a, b);
                if ((rgb & 0xffffff) == (PeriodicCharts.BARS.getRGB() & 0xffffff)) {
                    first = first < 0 ? b : first;
                    last = b;
                }
            }
            if (first >= 0 && current == null) {
                current = new int[]{first, last, a, a};
                bars.add(current);
            } else if (first >= 0) {
                current[3] = a;
            } else {
                current = null;
            }
        }
        return bars;
    }

    @Test
    void drawnAtTwiceThePointSizeInTheReportFont() {
        BufferedImage image = PeriodicCharts.bars("القضايا حسب المحافظة", "القضايا", TWO, true, true, "—");
        assertEquals(PeriodicCharts.WIDTH * PeriodicCharts.SCALE, image.getWidth());
        assertEquals(PeriodicCharts.HEIGHT * PeriodicCharts.SCALE, image.getHeight());
        String family = PeriodicCharts.chart("t", "v", TWO, true, true, "—").getTitle().getFont().getFamily();
        assertTrue(family.startsWith("DejaVu Sans"), family);
    }

    @Test
    void leftToRightBarsStartTogetherOnTheLeft() {
        List<int[]> bars = barExtents(PeriodicCharts.bars("Cases", "Cases", TWO, true, false, "—"), true);
        assertEquals(2, bars.size());
        assertEquals(bars.get(0)[0], bars.get(1)[0], 2, "common start");
        assertTrue(bars.get(0)[1] > bars.get(1)[1] + 50, "the longer bar (first, at the top) ends further right");
    }

    @Test
    void rightToLeftBarsStartTogetherOnTheRight() {
        List<int[]> bars = barExtents(PeriodicCharts.bars("القضايا", "القضايا", TWO, true, true, "—"), true);
        assertEquals(2, bars.size());
        assertEquals(bars.get(0)[1], bars.get(1)[1], 2, "common start on the right");
        assertTrue(bars.get(0)[0] < bars.get(1)[0] - 50, "the longer bar ends further left");
        assertTrue(bars.get(0)[1] > PeriodicCharts.WIDTH * PeriodicCharts.SCALE / 2, "hung from the right half");
    }

    @Test
    void timeRunsLeftwardsInRightToLeftEditions() {
        List<PeriodicCharts.Bar> months = List.of(new PeriodicCharts.Bar("2019-10", 10), new PeriodicCharts.Bar("2019-11", 5));
        List<int[]> ltr = barExtents(PeriodicCharts.bars("Cases", "Cases", months, false, false, "—"), false);
        List<int[]> rtl = barExtents(PeriodicCharts.bars("القضايا", "القضايا", months, false, true, "—"), false);
        // Columns scanned left to right: the height of each bar is last - first on its column.
        assertTrue(height(ltr.get(0)) > height(ltr.get(1)), "October (taller) on the left");
        assertTrue(height(rtl.get(0)) < height(rtl.get(1)), "October (taller) on the right");
    }

    @Test
    void leftToRightValuesStandJustRightOfTheirBars() {
        for (BufferedImage chart : List.of(PeriodicCharts.bars("Cases", "Cases", THREE, true, false, "—"),
                PeriodicCharts.percentBars("Share", "%", List.of(new PeriodicCharts.Bar("all", 100), new PeriodicCharts.Bar("some", 40)), false, "—"))) {
            List<int[]> bars = barExtents(chart, true);
            assertTrue(bars.size() >= 2);
            for (int[] bar : bars) {
                assertTrue(hasText(chart, bar, bar[1] + 3, bar[1] + 3 + LABEL_ROOM), "no value just right of the bar ending at x=" + bar[1]);
            }
        }
    }

    @Test
    void rightToLeftValuesStandJustLeftOfTheirBars() {
        for (BufferedImage chart : List.of(PeriodicCharts.bars("القضايا", "القضايا", THREE, true, true, "—"),
                PeriodicCharts.percentBars("النسبة", "%", List.of(new PeriodicCharts.Bar("الكل", 100), new PeriodicCharts.Bar("بعض", 40)), true, "—"))) {
            List<int[]> bars = barExtents(chart, true);
            assertTrue(bars.size() >= 2);
            for (int[] bar : bars) {
                assertTrue(hasText(chart, bar, bar[0] - 3 - LABEL_ROOM, bar[0] - 3), "no value just left of the bar ending at x=" + bar[0]);
            }
        }
    }

    /**
     * Whether text (dark grey or black, unlike the blue of the bars and their anti-aliased edges) is drawn in columns
     * [from, to) on the rows of {@code bar}.
     */
    private static boolean hasText(BufferedImage image, int[] bar, int from, int to) {
        for (int y = bar[2]; y <= bar[3]; y++) {
            for (int x = Math.max(0, from); x < Math.min(image.getWidth(), to); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) < 120 && Math.abs(r - b) < 30) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int height(int[] extent) {
        return extent[1] - extent[0];
    }
}
