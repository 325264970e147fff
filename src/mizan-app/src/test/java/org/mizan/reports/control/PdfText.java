package org.mizan.reports.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a generated PDF as tests compare it, NFKC-normalised and without bidi controls: PDFBox's plain text of the pages, followed by
 * every ActualText the PDF declares. Why both: JasperReports' glyph renderer draws Arabic-script lines as shaped
 * glyphs in visual order, so plain extraction returns them reversed (and Tika's bidi repair reverses the Latin of a
 * mixed line instead); but it wraps each such line in a marked-content span whose ActualText is the line as
 * written — what a screen reader or copy-and-paste in a conforming viewer gets. Latin-only lines are plain text.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder text = new StringBuilder(new PDFTextStripper().getText(document));
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                for (String actual : actualTexts(extractor.getMarkedContents())) {
                    text.append('\n').append(actual);
                }
            }
            return withoutBidiControls(Normalizer.normalize(text, Normalizer.Form.NFKC));
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    /**
     * {@code text} without the invisible marks and isolates a right-to-left edition puts around values
     * (ReportText.isolate): tests of the wording compare words; RightToLeftValuesTest checks the order on the page.
     */
    public static String withoutBidiControls(String text) {
        return text.replaceAll("[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "");
    }

    /**
     * Whether {@code secret} appears anywhere in the file's bytes, not just its extracted text: in the raw file and in
     * every stream decompressed (content streams are Flate-compressed, so a raw search alone would prove nothing),
     * as UTF-8, as UTF-16BE (PDF text strings) and as the hex form of either (ActualText is written as
     * {@code <FEFF…>}).
     */
    public static boolean bytesContain(byte[] pdf, String secret) {
        List<byte[]> haystacks = new ArrayList<>();
        haystacks.add(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.cos.COSObject object : document.getDocument().getXrefTable().keySet().stream()
                    .map(key -> document.getDocument().getObjectFromPool(key)).toList()) {
                if (object.getObject() instanceof org.apache.pdfbox.cos.COSStream stream) {
                    try (java.io.InputStream in = stream.createInputStream()) {
                        haystacks.add(in.readAllBytes());
                    } catch (IOException undecodable) {
                        haystacks.add(new byte[0]); // an image filter PDFBox cannot decode holds no text
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
        List<byte[]> needles = new ArrayList<>();
        for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_8, java.nio.charset.StandardCharsets.UTF_16BE)) {
            byte[] encoded = secret.getBytes(charset);
            String hex = java.util.HexFormat.of().formatHex(encoded);
            needles.add(encoded);
            needles.add(hex.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            needles.add(hex.toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return haystacks.stream().anyMatch(h -> needles.stream().anyMatch(n -> contains(h, n)));
    }

    /** Whether {@code needle} occurs in {@code haystack}: for files that are not compressed (CSV, JSON), or raw bytes. */
    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Each line of each page as a reader sees it, read from left to right: the glyphs sorted by where they are
     * drawn, not by the order of the text. A gap wider than a third of an em between two drawn glyphs reads as a
     * space, and one wider than one and a half spaces as two, so a doubled gap shows. Glyphs that draw nothing
     * (spaces, and the bidi controls JasperReports' glyph renderer draws as spaces) are left out: only the ink counts.
     * Arabic script comes out in presentation forms and mirrored, Latin and digits in their visual order — which is the
     * order they must be read in, so "H. H." and "40–49" must appear as such.
     */
    public static List<String> visualLines(byte[] pdf) {
        List<List<org.apache.pdfbox.text.TextPosition>> lines = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                java.util.TreeMap<Integer, List<org.apache.pdfbox.text.TextPosition>> onPage = new java.util.TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(org.apache.pdfbox.text.TextPosition glyph) {
                        if (!glyph.getUnicode().isBlank()) {
                            onPage.computeIfAbsent(Math.round(glyph.getYDirAdj()), y -> new ArrayList<>()).add(glyph);
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                lines.addAll(onPage.values());
            }
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
        List<String> visual = new ArrayList<>();
        for (List<org.apache.pdfbox.text.TextPosition> glyphs : lines) {
            glyphs.sort(java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj));
            StringBuilder line = new StringBuilder();
            float end = Float.NaN;
            for (org.apache.pdfbox.text.TextPosition glyph : glyphs) {
                float space = glyph.getFontSizeInPt() / 3;
                float gap = glyph.getXDirAdj() - end;
                if (gap > space * 1.5f) {
                    line.append("  ");
                } else if (gap > space / 2) {
                    line.append(' ');
                }
                line.append(glyph.getUnicode());
                end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            }
            visual.add(Normalizer.normalize(line, Normalizer.Form.NFKC));
        }
        return visual;
    }

    /** The ActualText of each span, nested ones included. */
    public static List<String> actualTexts(List<PDMarkedContent> contents) {
        List<String> found = new ArrayList<>();
        for (PDMarkedContent content : contents) {
            if (content.getActualText() != null) {
                found.add(content.getActualText());
            }
            List<PDMarkedContent> nested = content.getContents().stream()
                    .filter(PDMarkedContent.class::isInstance).map(PDMarkedContent.class::cast).toList();
            found.addAll(actualTexts(nested));
        }
        return found;
    }
}
