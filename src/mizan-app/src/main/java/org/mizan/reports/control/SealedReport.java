package org.mizan.reports.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * Makes a rendered report prove itself: appends, as one incremental update that leaves the rendered bytes untouched at the
 * start of the file, its manifest as an embedded JSON file (PDF/A-3 associated file, AFRelationship Data) and a PAdES
 * signature by the organisation key over everything before and after the signature value. Any later change to a byte
 * breaks the signature; the rendered pages are also checkable alone against the manifest's {@code contentSha256}.
 */
final class SealedReport {

    /** Room for the CMS signature: an RSA-4096 key with a three-certificate chain fits; a P-256 one needs about 1.5 kB. */
    private static final int SIGNATURE_BYTES = 16_384;

    private SealedReport() {
    }

    static byte[] seal(byte[] rendered, ReportManifest manifest, OrganisationKey key) {
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        at.setTimeInMillis(manifest.issuedAt().toEpochMilli());
        try (PDDocument document = Loader.loadPDF(rendered)) {
            dropIncompleteCidSets(document);
            attach(document, manifest, at);
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.subject());
            signature.setReason("Mizan report " + manifest.reportId());
            // PAdES baseline-B: the signing time is /M here, never a CMS signed attribute
            signature.setSignDate(at);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_BYTES);
            document.addSignature(signature, new PadesSignature(key), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(rendered.length + SIGNATURE_BYTES * 3);
            document.saveIncremental(out);
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a rendered report could not be sealed", e);
        }
    }

    /**
     * OpenPDF writes a CIDSet listing only the glyphs used while the subset font holds more; PDF/A-2 and -3 make CIDSet
     * optional but require a present one to be complete (veraPDF 6.2.11.4.2), so it goes.
     */
    private static void dropIncompleteCidSets(PDDocument document) throws IOException {
        Set<COSBase> seen = new HashSet<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0 && seen.add(type0.getCOSObject())) {
                    PDFontDescriptor descriptor = type0.getDescendantFont().getFontDescriptor();
                    if (descriptor != null && descriptor.getCOSObject().containsKey(COSName.CID_SET)) {
                        descriptor.getCOSObject().removeItem(COSName.CID_SET);
                        // an incremental update writes what a chain of changed objects reaches from the catalog
                        markChanged(descriptor.getCOSObject(), type0.getDescendantFont().getCOSObject(),
                                type0.getCOSObject().getCOSArray(COSName.DESCENDANT_FONTS), type0.getCOSObject(),
                                resources.getCOSObject().getCOSDictionary(COSName.FONT), resources.getCOSObject(), page.getCOSObject());
                        markAncestors(page.getCOSObject());
                    }
                }
            }
        }
    }

    private static void markAncestors(COSDictionary node) {
        for (COSDictionary parent = node.getCOSDictionary(COSName.PARENT); parent != null; parent = parent.getCOSDictionary(COSName.PARENT)) {
            markChanged(parent, parent.getCOSArray(COSName.KIDS));
        }
    }

    private static void markChanged(COSUpdateInfo... objects) {
        for (COSUpdateInfo object : objects) {
            if (object != null) {
                object.setNeedToBeUpdated(true);
            }
        }
    }

    private static void attach(PDDocument document, ReportManifest manifest, Calendar at) throws IOException {
        byte[] json = manifest.json();
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
        file.setSubtype("application/json");
        file.setSize(json.length);
        file.setCreationDate(at);
        file.setModDate(at);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(ReportManifest.FILE_NAME);
        spec.setFileUnicode(ReportManifest.FILE_NAME);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("Mizan report manifest: id, kind, audience, language, time, content SHA-256, certificate");
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(ReportManifest.FILE_NAME, spec));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
        markChanged(catalog.getCOSObject());
    }
}
