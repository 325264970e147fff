package org.mizan.reports.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.mizan.platform.control.Sha256;
import org.mizan.reports.entity.ReportKind;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An issued report carries its manifest as a file and a PAdES baseline-B signature that Bouncy Castle verifies. */
class SealedReportTest {

    @Test
    void theSignatureIsPadesBaselineBAndCoversTheWholeFile() throws Exception {
        byte[] pdf = IssuedReports.pdf(ReportKind.DOSSIER, "ar");
        Signed signed = Signed.of(pdf);
        assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signed.subFilter());
        int[] range = signed.range();
        assertEquals(0, range[0]);
        assertEquals(pdf.length, range[2] + range[3], "the signed range must reach the end of the file");
        SignerInformation signer = signed.cms().getSignerInfos().getSigners().iterator().next();
        assertNull(signer.getSignedAttributes().get(CMSAttributes.signingTime), "PAdES-B: the time is /M, not a signed attribute");
        assertNotNull(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
        assertTrue(verifies(signer));
        assertNotNull(signed.signDate(), "/M");
    }

    @Test
    void oneChangedByteOfTheContentBreaksTheSignature() throws Exception {
        byte[] pdf = IssuedReports.pdf(ReportKind.DOSSIER, "en").clone();
        int inside = pdf.length / 4;
        pdf[inside] ^= 0x01;
        assertFalse(verifies(Signed.of(pdf).cms().getSignerInfos().getSigners().iterator().next()));
    }

    private static boolean verifies(SignerInformation signer) throws Exception {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(IssuedReports.KEY.certificate()));
        } catch (CMSSignerDigestMismatchException changed) {
            return false;
        }
    }

    @Test
    void theManifestIsAnAssociatedJsonFileNamingTheReportItsPagesAndTheCertificate() throws Exception {
        byte[] pdf = IssuedReports.pdf(ReportKind.PERIODIC, "ar");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get(ReportManifest.FILE_NAME);
            assertEquals("Data", spec.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
            COSBase associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")).getObject(0);
            assertEquals(ReportManifest.FILE_NAME, ((COSDictionary) associated).getString(COSName.UF), "the catalog's /AF names the manifest");
            assertEquals("application/json", spec.getEmbeddedFile().getSubtype());
            JsonObject manifest = Json.createReader(new ByteArrayInputStream(spec.getEmbeddedFile().toByteArray())).readObject();
            assertEquals(IssuedReports.id(ReportKind.PERIODIC, "ar"), manifest.getString("reportId"));
            assertEquals("PERIODIC", manifest.getString("kind"));
            assertEquals("PUBLIC", manifest.getString("audience"));
            assertEquals("ar", manifest.getString("language"));
            assertEquals(IssuedReports.AT.toString(), manifest.getString("issuedAt"));
            assertEquals(IssuedReports.KEY.fingerprint(), manifest.getString("certificateSha256"));
            int length = manifest.getInt("contentLength");
            assertEquals(manifest.getString("contentSha256"), Sha256.hex(Arrays.copyOf(pdf, length)),
                    "the rendered pages are the file's first contentLength bytes");
        }
    }

    /** The last signature of a PDF, read with PDFBox: its dictionary and its CMS over the signed bytes. */
    private record Signed(String subFilter, int[] range, CMSSignedData cms, java.util.Calendar signDate) {
        static Signed of(byte[] pdf) throws Exception {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDSignature signature = document.getLastSignatureDictionary();
                int[] range = signature.getByteRange();
                ByteArrayOutputStream signedBytes = new ByteArrayOutputStream();
                signedBytes.write(pdf, range[0], range[1]);
                signedBytes.write(pdf, range[2], range[3]);
                return new Signed(signature.getSubFilter(), range,
                        new CMSSignedData(new CMSProcessableByteArray(signedBytes.toByteArray()), signature.getContents(pdf)),
                        signature.getSignDate());
            }
        }
    }
}
