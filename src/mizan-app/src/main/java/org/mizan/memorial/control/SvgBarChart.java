package org.mizan.memorial.control;

import java.util.List;

/**
 * A horizontal bar chart as a standalone SVG image, for the memorial's figures: an image a static host serves and an
 * archive keeps, with no script and no font of its own. Right-to-left pages get the mirror image: labels on the right,
 * bars growing to the left. The page gives it a text alternative; the table beside it holds every number.
 */
final class SvgBarChart {

    /** One bar: its label, already escaped for XML, and its count. */
    record Bar(String label, long count) {
    }

    private static final int WIDTH = 640;
    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 220;
    private static final int BAR_SPACE = 340;
    private static final int GAP = 8;

    private SvgBarChart() {
    }

    static String draw(List<Bar> bars, boolean rightToLeft) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
        int height = Math.max(1, bars.size()) * ROW + GAP;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"14\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        String direction = rightToLeft ? " direction=\"rtl\"" : "";
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = GAP + i * ROW;
            int length = (int) Math.max(1, bar.count() * BAR_SPACE / max);
            int labelEdge = rightToLeft ? WIDTH - GAP : LABEL_WIDTH - GAP;
            int barStart = rightToLeft ? WIDTH - LABEL_WIDTH - length : LABEL_WIDTH;
            int countAt = rightToLeft ? barStart - GAP : LABEL_WIDTH + length + GAP;
            // With direction rtl, "start" is the right edge: the label ends at the chart's right and the count at the bar's left.
            svg.append("<text x=\"").append(labelEdge).append("\" y=\"").append(y + 18).append("\" text-anchor=\"")
                    .append(rightToLeft ? "start" : "end").append('"').append(direction).append('>').append(bar.label()).append("</text>")
                    .append("<rect x=\"").append(barStart).append("\" y=\"").append(y + 4).append("\" width=\"").append(length)
                    .append("\" height=\"18\" fill=\"#0b4f8a\"/>")
                    .append("<text x=\"").append(countAt).append("\" y=\"").append(y + 18).append("\" text-anchor=\"start\"")
                    .append(direction).append('>').append(bar.count()).append("</text>");
        }
        return svg.append("</svg>").toString();
    }
}
