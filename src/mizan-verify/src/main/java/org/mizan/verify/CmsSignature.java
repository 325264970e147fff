package org.mizan.verify;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A detached CMS SignedData (the value of a PDF signature's /Contents) checked over the signed bytes with the JDK alone: the
 * signed attributes' message-digest must be the SHA-256 of those bytes, and the signature over the signed attributes must
 * verify with the public key of the signer's certificate — the one the signing-certificate-v2 attribute names, as PAdES asks.
 */
final class CmsSignature {

    private static final HexFormat HEX = HexFormat.of();
    private static final String SIGNED_DATA = "2a864886f70d010702";
    private static final String MESSAGE_DIGEST = "2a864886f70d010904";
    private static final String SIGNING_CERTIFICATE_V2 = "2a864886f70d010910022f";

    private final byte[] signedAttributes;
    private final byte[] messageDigest;
    private final byte[] signatureValue;
    private final X509Certificate certificate;

    private CmsSignature(byte[] signedAttributes, byte[] messageDigest, byte[] signatureValue, X509Certificate certificate) {
        this.signedAttributes = signedAttributes;
        this.messageDigest = messageDigest;
        this.signatureValue = signatureValue;
        this.certificate = certificate;
    }

    /** IllegalArgumentException when {@code der} is not a SignedData with one signer, signed attributes and its certificate. */
    static CmsSignature parse(byte[] der) {
        try {
            Der contentInfo = Der.read(der, 0);
            if (!HEX.formatHex(contentInfo.child(0).content()).equals(SIGNED_DATA)) {
                throw new IllegalArgumentException("not a CMS SignedData");
            }
            List<Der> signedData = contentInfo.child(1).child(0).children();
            Der certificates = signedData.stream().filter(e -> e.tag() == Der.CONTEXT_0).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no certificate"));
            Der signerInfo = signedData.get(signedData.size() - 1).child(0);
            List<Der> fields = signerInfo.children();
            Der attributes = fields.stream().filter(e -> e.tag() == Der.CONTEXT_0).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no signed attributes"));
            byte[] digest = null;
            byte[] certificateHash = null;
            for (Der attribute : attributes.children()) {
                String type = HEX.formatHex(attribute.child(0).content());
                if (type.equals(MESSAGE_DIGEST)) {
                    digest = attribute.child(1).child(0).content();
                } else if (type.equals(SIGNING_CERTIFICATE_V2)) {
                    // SigningCertificateV2 ::= SEQUENCE { SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 with the default SHA-256 starts with its hash
                    certificateHash = attribute.child(1).child(0).child(0).child(0).children().stream()
                            .filter(e -> e.tag() == Der.OCTET_STRING).findFirst().map(Der::content).orElse(null);
                }
            }
            if (digest == null) {
                throw new IllegalArgumentException("no message-digest attribute");
            }
            byte[] signedAttributes = attributes.encoded();
            signedAttributes[0] = (byte) Der.SET; // signed over as a SET, stored as [0] IMPLICIT (RFC 5652 §5.4)
            byte[] value = fields.stream().filter(e -> e.tag() == Der.OCTET_STRING).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalArgumentException("no signature value")).content();
            return new CmsSignature(signedAttributes, digest, value, signer(certificates.children(), certificateHash));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unreadable certificate");
        }
    }

    private static X509Certificate signer(List<Der> certificates, byte[] named) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        X509Certificate first = null;
        for (Der der : certificates) {
            X509Certificate certificate = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der.encoded()));
            if (named != null && Arrays.equals(named, sha256(der.encoded()))) {
                return certificate;
            }
            first = first == null ? certificate : first;
        }
        if (first == null) {
            throw new IllegalArgumentException("no certificate");
        }
        return first;
    }

    X509Certificate certificate() {
        return certificate;
    }

    /** True only when the bytes are those signed and the signature is the certificate key's. */
    boolean verifies(byte[] signedBytes) {
        try {
            if (!MessageDigest.isEqual(messageDigest, sha256(signedBytes))) {
                return false;
            }
            String algorithm = certificate.getPublicKey().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(signedAttributes);
            return verifier.verify(signatureValue);
        } catch (GeneralSecurityException | RuntimeException malformed) {
            return false;
        }
    }

    static byte[] sha256(byte[] bytes) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
