package org.mizan.launcher;

import org.mizan.platform.control.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a backup holds: {@code manifest.txt}, one line per file, {@code <sha256> <bytes> <path>} with the path relative
 * to the backup folder. Plain text so that an administrator can check a backup with nothing but {@code sha256sum}
 * ({@code awk '!/^#/{print $1"  "$3}' manifest.txt | sha256sum -c}).
 *
 * <p>An encrypted backup's manifest begins with {@code # encrypted to OpenPGP key <fingerprint>} and lists the hashes
 * of the encrypted files, so that anyone can check it whole without the private key.
 */
public final class Manifest {

    public static final String FILE = "manifest.txt";
    private static final String ENCRYPTED_TO = "# encrypted to OpenPGP key ";

    /** One file of the backup. */
    public record Entry(String sha256, long size, String path) {
        String line() {
            return sha256 + " " + size + " " + path;
        }
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private String recipient;

    /** Marks the backup as encrypted to the OpenPGP key with this (primary) fingerprint. */
    public void encryptedTo(String fingerprint) {
        this.recipient = fingerprint;
    }

    /** The fingerprint of the OpenPGP key the backup is encrypted to; empty for a backup in clear. */
    public Optional<String> recipient() {
        return Optional.ofNullable(recipient);
    }

    public void add(Entry entry) {
        entries.put(entry.path(), entry);
    }

    public Optional<Entry> get(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Hashes {@code file} (inside {@code folder}) and lists it. */
    public Entry addFile(Path folder, Path file) throws IOException {
        Entry entry = new Entry(hash(file), Files.size(file), relative(folder, file));
        add(entry);
        return entry;
    }

    static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    public static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Sha256.hex(in);
        }
    }

    /** Writes the manifest into the folder and forces it to disk: a backup is only complete once it is there. */
    public void write(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        if (recipient != null) {
            text.append(ENCRYPTED_TO).append(recipient).append('\n');
        }
        for (Entry entry : entries.values()) {
            text.append(entry.line()).append('\n');
        }
        Files.writeString(folder.resolve(FILE), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC);
    }

    public static Manifest read(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("There is no " + FILE + " in " + folder + ": not a Mizan backup, or one that did not finish.");
        }
        Manifest manifest = new Manifest();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (number == 1 && line.startsWith(ENCRYPTED_TO) && line.substring(ENCRYPTED_TO.length()).matches("[0-9A-F]{40,64}")) {
                manifest.encryptedTo(line.substring(ENCRYPTED_TO.length()));
                continue;
            }
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !parts[0].matches("[0-9a-f]{64}") || !parts[1].matches("\\d+") || parts[2].contains("..")) {
                throw new IOException("Line " + number + " of " + file + " is not a manifest line: the manifest was altered.");
            }
            manifest.add(new Entry(parts[0], Long.parseLong(parts[1]), parts[2]));
        }
        return manifest;
    }

    /**
     * Every file of the manifest that is missing from {@code folder}, of another size, or whose bytes hash differently,
     * each named with what is wrong; empty when the backup is whole.
     */
    public List<String> problems(Path folder) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Entry entry : entries.values()) {
            Path file = folder.resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                problems.add(entry.path() + ": missing");
            } else if (Files.size(file) != entry.size()) {
                problems.add(entry.path() + ": " + Files.size(file) + " bytes, the manifest says " + entry.size());
            } else if (!hash(file).equals(entry.sha256())) {
                problems.add(entry.path() + ": its SHA-256 differs from the manifest's (the file was altered or damaged)");
            }
        }
        return problems;
    }
}
