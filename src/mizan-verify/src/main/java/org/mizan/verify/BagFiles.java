package org.mizan.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a bag — zipped or unzipped — by their path within the bag, each with its SHA-256, read once, streamed (any
 * size, flat memory); the few small tag files the checks read are kept too. A zip's bag is in one top-level folder (RFC 8493
 * §4.2) or at the top.
 */
final class BagFiles {

    static final Set<String> KEPT = Set.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
            Bags.SIGNATURE, Bags.CERTIFICATE);
    private static final long MAX_KEPT = 64L * 1024 * 1024;

    final String name;
    final Map<String, String> sha256 = new TreeMap<>();
    final Map<String, Long> sizes = new TreeMap<>();
    final Map<String, byte[]> kept = new TreeMap<>();

    private BagFiles(String name) {
        this.name = name;
    }

    static BagFiles read(Path path) throws IOException {
        return Files.isDirectory(path) ? folder(path) : zip(path);
    }

    private static BagFiles zip(Path path) throws IOException {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            String root = root(zip);
            BagFiles files = new BagFiles(root.isEmpty() ? path.getFileName().toString() : root.substring(0, root.length() - 1));
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(root)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        files.add(entry.getName().substring(root.length()), in);
                    }
                }
            }
            return files;
        }
    }

    /** The one folder every entry is in, when bagit.txt is in it; else the top of the zip. */
    private static String root(ZipFile zip) {
        String root = null;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            String name = entries.nextElement().getName();
            int slash = name.indexOf('/');
            String first = slash < 0 ? "" : name.substring(0, slash + 1);
            if (root == null) {
                root = first;
            } else if (!root.equals(first)) {
                return "";
            }
        }
        return root != null && zip.getEntry(root + "bagit.txt") != null ? root : "";
    }

    private static BagFiles folder(Path folder) throws IOException {
        BagFiles files = new BagFiles(folder.toAbsolutePath().normalize().getFileName().toString());
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                try (InputStream in = Files.newInputStream(file)) {
                    files.add(folder.relativize(file).toString().replace('\\', '/'), in);
                }
            }
        }
        return files;
    }

    private void add(String path, InputStream in) throws IOException {
        MessageDigest digest = sha256();
        boolean keep = KEPT.contains(path);
        var copy = keep ? new java.io.ByteArrayOutputStream() : null;
        long size = 0;
        byte[] buffer = new byte[256 * 1024];
        try (DigestInputStream hashing = new DigestInputStream(in, digest)) {
            for (int n; (n = hashing.read(buffer)) >= 0; ) {
                size += n;
                if (copy != null && size <= MAX_KEPT) {
                    copy.write(buffer, 0, n);
                }
            }
        }
        sha256.put(path, HexFormat.of().formatHex(digest.digest()));
        sizes.put(path, size);
        if (copy != null) {
            kept.put(path, copy.toByteArray());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
