package org.mizan.reports.control;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the text of Arabic and Kurdish copy and extract as typed. JasperReports' glyph renderer (which shapes Sorani right,
 * SoraniShapingTest) draws each run's shaped glyphs in visual order and wraps it in an /ActualText span with the logical text;
 * but poppler ({@code pdftotext}, most Linux viewers) lays the ActualText out left to right and then reverses the right-to-left
 * run, so names came out backwards, while the glyphs' own Unicode mapping lacked Sorani's contextual forms entirely. Here every
 * glyph of the report fonts is mapped (ToUnicode) to the letter it shapes — learnt from the same AWT shaper, for each letter
 * isolated, initial, medial and final — and the /ActualText spans are dropped, so extractors read the visual glyphs and
 * reorder them by the bidirectional algorithm as they do for any PDF. Nothing drawn changes.
 */
final class LogicalTextLayer {

    private static final String TATWEEL = "\u0640";
    private static final Map<String, Map<Integer, String>> LETTERS_BY_FONT = new ConcurrentHashMap<>();

    private LogicalTextLayer() {
    }

    /** Rewrites every page's text spans and every report font's ToUnicode; {@code changed} hears each object touched. */
    static void apply(PDDocument document, java.util.function.Consumer<COSDictionary> changed) throws IOException {
        Map<PDType0Font, Map<Integer, String>> used = new HashMap<>();
        for (PDPage page : document.getPages()) {
            List<Object> kept = new ArrayList<>();
            boolean spans = rewrite(page, kept, used);
            if (spans) {
                PDStream stream = new PDStream(document);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(kept);
                }
                page.setContents(stream);
                changed.accept(page.getCOSObject());
            }
        }
        for (var font : used.entrySet()) {
            COSStream cmap = document.getDocument().createCOSStream();
            try (OutputStream out = cmap.createOutputStream()) {
                out.write(toUnicode(font.getValue()).getBytes(StandardCharsets.US_ASCII));
            }
            font.getKey().getCOSObject().setItem(COSName.TO_UNICODE, cmap);
            changed.accept(font.getKey().getCOSObject());
        }
    }

    /** The page's tokens without ActualText spans; true when there was one. Records each glyph code shown per font. */
    private static boolean rewrite(PDPage page, List<Object> kept, Map<PDType0Font, Map<Integer, String>> used) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> operands = new ArrayList<>();
        Deque<Boolean> dropped = new ArrayDeque<>();
        boolean any = false;
        PDFont font = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            String name = operator.getName();
            boolean drop = false;
            if (name.equals("BDC") || name.equals("BMC")) {
                drop = name.equals("BDC") && operands.size() == 2 && operands.get(1) instanceof COSDictionary properties
                        && properties.containsKey(COSName.ACTUAL_TEXT);
                dropped.push(drop);
            } else if (name.equals("EMC")) {
                drop = !dropped.isEmpty() && dropped.pop();
            } else if (name.equals("Tf") && !operands.isEmpty() && operands.get(0) instanceof COSName fontName) {
                font = page.getResources().getFont(fontName);
            } else if (font instanceof PDType0Font type0 && (name.equals("Tj") || name.equals("TJ") || name.equals("'") || name.equals("\""))) {
                record(type0, operands, used);
            }
            any |= drop;
            if (!drop) {
                kept.addAll(operands);
                kept.add(operator);
            }
            operands.clear();
        }
        return any;
    }

    private static void record(PDType0Font font, List<Object> operands, Map<PDType0Font, Map<Integer, String>> used) throws IOException {
        Map<Integer, String> letters = letters(font);
        Map<Integer, String> codes = used.computeIfAbsent(font, f -> new TreeMap<>());
        for (Object operand : operands) {
            List<? extends COSBase> strings = operand instanceof COSArray array ? array.toList() : List.of((COSBase) operand);
            for (COSBase item : strings) {
                if (item instanceof COSString string) {
                    InputStream in = new ByteArrayInputStream(string.getBytes());
                    while (in.available() > 0) {
                        int code = font.readCode(in);
                        String letter = letters.get(font.codeToGID(code));
                        String mapped = letter != null ? letter : font.toUnicode(code);
                        if (mapped != null) {
                            codes.put(code, Normalizer.normalize(mapped, Normalizer.Form.NFKC));
                        }
                    }
                }
            }
        }
    }

    /** Glyph id → the letter(s) it shapes, for the report font the PDF font is a subset of; empty for any other font. */
    private static Map<Integer, String> letters(PDType0Font font) {
        String base = font.getName() == null ? "" : font.getName().substring(font.getName().indexOf('+') + 1);
        return LETTERS_BY_FONT.computeIfAbsent(base, LogicalTextLayer::learn);
    }

    private static Map<Integer, String> learn(String fontName) {
        if (!fontName.startsWith("DejaVuSans")) {
            return Map.of();
        }
        try (InputStream in = LogicalTextLayer.class.getClassLoader().getResourceAsStream("reports/fonts/" + fontName + ".ttf")) {
            if (in == null) {
                return Map.of();
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(12f);
            FontRenderContext context = new FontRenderContext(null, false, false);
            int tatweel = font.createGlyphVector(context, TATWEEL).getGlyphCode(0);
            Map<Integer, String> letters = new HashMap<>();
            List<String> shapes = new ArrayList<>();
            for (int c = 0x0620; c <= 0x06FF; c++) {
                shapes.add(String.valueOf((char) c));
            }
            for (String alef : List.of("\u0627", "\u0623", "\u0625", "\u0622")) {
                shapes.add("\u0644" + alef); // lam-alef: one glyph for two letters
            }
            for (String shape : shapes) {
                for (String context0 : List.of("%s", TATWEEL + "%s", "%s" + TATWEEL, TATWEEL + "%s" + TATWEEL)) {
                    String text = context0.formatted(shape);
                    GlyphVector glyphs = font.layoutGlyphVector(context, text.toCharArray(), 0, text.length(), Font.LAYOUT_RIGHT_TO_LEFT);
                    List<Integer> own = new ArrayList<>();
                    for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                        if (glyphs.getGlyphCode(i) != tatweel) {
                            own.add(glyphs.getGlyphCode(i));
                        }
                    }
                    if (own.size() == 1 && own.get(0) != 0) {
                        letters.putIfAbsent(own.get(0), shape);
                    }
                }
            }
            return letters;
        } catch (IOException | java.awt.FontFormatException e) {
            throw new UncheckedIOException(new IOException("the report font " + fontName + " cannot be read", e));
        }
    }

    private static String toUnicode(Map<Integer, String> codes) {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n"
                + "/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(codes.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (var entry : block) {
                cmap.append('<').append(String.format("%04X", entry.getKey())).append("> <");
                for (char c : entry.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
