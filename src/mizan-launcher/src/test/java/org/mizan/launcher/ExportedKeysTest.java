package org.mizan.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.audit.control.AuditKey;
import org.mizan.contacts.control.DataKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportedKeysTest {

    private static final char[] PASSPHRASE = "river of dates and ink".toCharArray();

    @TempDir
    Path folder;

    private final DataKey data = DataKey.generate();
    private final AuditKey audit = AuditKey.generate();

    @Test
    void theKeysComeBackWithThePassphraseAndAreNotInTheFileInClear() throws IOException {
        Path file = folder.resolve("keys");
        ExportedKeys.write(file, new ExportedKeys.Keys(data, audit), PASSPHRASE);
        String text = Files.readString(file);
        assertFalse(text.contains(data.encoded()) || text.contains(audit.encoded()));
        ExportedKeys.Keys back = ExportedKeys.read(file, PASSPHRASE);
        assertEquals(data, back.data());
        assertEquals(audit.id(), back.audit().id());
    }

    @Test
    void aWrongPassphraseIsRefused() throws IOException {
        Path file = folder.resolve("keys");
        ExportedKeys.write(file, new ExportedKeys.Keys(data, audit), PASSPHRASE);
        IOException refused = assertThrows(IOException.class, () -> ExportedKeys.read(file, "river of dates and inK".toCharArray()));
        assertTrue(refused.getMessage().contains("passphrase is wrong"), refused.getMessage());
    }

    @Test
    void anAlteredFileIsRefused() throws IOException {
        Path file = folder.resolve("keys");
        ExportedKeys.write(file, new ExportedKeys.Keys(data, null), PASSPHRASE);
        String[] lines = Files.readString(file).split("\n");
        char last = lines[3].charAt(10);
        lines[3] = lines[3].substring(0, 10) + (last == 'A' ? 'B' : 'A') + lines[3].substring(11);
        Files.writeString(file, String.join("\n", lines) + "\n");
        assertThrows(IOException.class, () -> ExportedKeys.read(file, PASSPHRASE));
    }

    @Test
    void aShortPassphraseIsRefusedAndAnExistingFileNeverReplaced() throws IOException {
        Path file = folder.resolve("keys");
        assertThrows(IOException.class, () -> ExportedKeys.write(file, new ExportedKeys.Keys(data, null), "short".toCharArray()));
        assertFalse(Files.exists(file));
        Files.writeString(file, "someone else's");
        assertThrows(IOException.class, () -> ExportedKeys.write(file, new ExportedKeys.Keys(data, null), PASSPHRASE));
        assertEquals("someone else's", Files.readString(file));
    }
}
