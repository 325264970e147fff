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
 * The text of a generated PDF as tests compare it, NFKC-normalised: PDFBox's plain text of the pages, followed by
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
            return Normalizer.normalize(text, Normalizer.Form.NFKC);
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
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
