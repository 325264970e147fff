package org.mizan.reports.control;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisation's signing key and its certificate (first the key's own, then any issuer's): what signs evidence packages
 * so that a receiver can check them without Mizan. Kept as one PEM file (the key, then the chain) so that key and certificate
 * can never be swapped apart. Signatures are plain SHA256withECDSA (or SHA256withRSA for an RSA key an organisation installs)
 * over the bytes — what the JDK alone and {@code openssl dgst -sha256 -verify} check. Never printed: {@link #toString()} is
 * the certificate's fingerprint.
 */
public final class OrganisationKey {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");
    /** Twenty years: evidence is handed to courts a decade after it was gathered; a new key is a rotation (README). */
    private static final Duration VALIDITY = Duration.ofDays(20 * 365L);

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private OrganisationKey(PrivateKey key, List<X509Certificate> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("no CERTIFICATE block after the key");
        }
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /** A new P-256 key and a certificate for it signed by itself, naming the organisation, as PEM. */
    public static String generatePem(String organisation, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, organisation + " evidence signing")
                    .addRDN(BCStyle.O, organisation).build();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(128, new SecureRandom()), Date.from(now),
                    Date.from(now.plus(VALIDITY)), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException | OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new IllegalStateException("Every Java runtime has P-256 keys", e);
        }
    }

    /** The key and chain of a PEM text; the message of a failure says what is wrong, never what the key is. */
    public static OrganisationKey parse(String text) {
        PrivateKey key = null;
        List<X509Certificate> chain = new ArrayList<>();
        Matcher blocks = PEM.matcher(text);
        try {
            CertificateFactory certificates = CertificateFactory.getInstance("X.509");
            while (blocks.find()) {
                byte[] der = Base64.getMimeDecoder().decode(blocks.group(2));
                if (blocks.group(1).equals("PRIVATE KEY")) {
                    key = privateKey(der);
                } else if (blocks.group(1).equals("CERTIFICATE")) {
                    chain.add((X509Certificate) certificates.generateCertificate(new ByteArrayInputStream(der)));
                }
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a PKCS#8 PRIVATE KEY followed by its CERTIFICATE (" + e.getClass().getSimpleName() + ")");
        }
        if (key == null) {
            throw new IllegalArgumentException("no PRIVATE KEY block (PKCS#8: convert with `openssl pkcs8 -topk8 -nocrypt`)");
        }
        OrganisationKey parsed = new OrganisationKey(key, chain);
        parsed.requireMatchingCertificate();
        return parsed;
    }

    private static PrivateKey privateKey(byte[] der) throws GeneralSecurityException {
        for (String algorithm : List.of("EC", "RSA")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (java.security.spec.InvalidKeySpecException notThisKind) {
                // try the next kind of key
            }
        }
        throw new java.security.spec.InvalidKeySpecException("an EC or RSA key");
    }

    /** A certificate for another key would make every package fail its check: refused at start instead. */
    private void requireMatchingCertificate() {
        byte[] probe = "mizan signing key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature verifier = Signature.getInstance(algorithm());
            verifier.initVerify(certificate().getPublicKey());
            verifier.update(probe);
            if (!verifier.verify(sign(probe))) {
                throw new IllegalArgumentException("the first CERTIFICATE is not the certificate of this key");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the first CERTIFICATE is not the certificate of this key");
        }
    }

    public String algorithm() {
        return key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
    }

    public byte[] sign(byte[] bytes) {
        try {
            Signature signature = Signature.getInstance(algorithm());
            signature.initSign(key);
            signature.update(bytes);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key cannot sign", e);
        }
    }

    /** For a CMS signature (a PDF report's); nothing outside this component gets the key. */
    PrivateKey privateKey() {
        return key;
    }

    List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate chain as PEM, for a package to carry. */
    public String certificatePem() {
        StringBuilder text = new StringBuilder();
        try {
            for (X509Certificate certificate : chain) {
                text.append(pem("CERTIFICATE", certificate.getEncoded()));
            }
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate encodes again", e);
        }
        return text.toString();
    }

    /** SHA-256 of the certificate (DER), as {@code openssl x509 -noout -fingerprint -sha256} prints it: AB:CD:… */
    public String fingerprint() {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(certificate().getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    public String subject() {
        return certificate().getSubjectX500Principal().getName();
    }

    public boolean selfSigned() {
        return certificate().getSubjectX500Principal().equals(certificate().getIssuerX500Principal());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    @Override
    public String toString() {
        return "signing key with certificate " + fingerprint();
    }
}
