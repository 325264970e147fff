package org.mizan.reports.control;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;

/**
 * The CMS signature of a PAdES baseline-B PDF signature (ETSI EN 319 142-1, subFilter ETSI.CAdES.detached): SignedData over
 * the PDF's byte range, detached, with the signer's certificate chain and the signed attributes content-type,
 * message-digest and signing-certificate-v2 — and no signing-time, which PAdES puts in the signature dictionary's /M.
 */
final class PadesSignature implements SignatureInterface {

    private final OrganisationKey key;

    PadesSignature(OrganisationKey key) {
        this.key = key;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            AttributeTable extra = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{new ESSCertIDv2(
                            MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                            new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                                    certificate.getSerialNumber()))}))));
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(extra);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime))
                    .build(new JcaContentSignerBuilder(key.algorithm()).build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            // DER, as ISO 32000 asks of /Contents, so that a plain DER reader (mizan-verify's) and openssl read it
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("the organisation key could not sign the report", e);
        }
    }
}
