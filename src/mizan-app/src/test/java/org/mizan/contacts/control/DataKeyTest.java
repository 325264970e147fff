package org.mizan.contacts.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataKeyTest {

    @TempDir
    Path folder;

    @Test
    void aKeyFileIsCreatedOnceReadableByItsOwnerOnly() throws Exception {
        Path file = folder.resolve("home/data.key");
        DataKey first = DataKeySource.fileCreatedOnce(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        DataKey again = DataKeySource.fileCreatedOnce(file);
        assertEquals(first, again, "the second start reads the same key");
        assertEquals(first.id(), again.id());
    }

    @Test
    void theIdNamesTheKeyWithoutRevealingIt() {
        DataKey key = DataKey.generate();
        assertEquals(12, key.id().length());
        assertFalse(key.encoded().contains(key.id()));
        assertFalse(key.toString().contains(key.encoded()));
        assertNotEquals(key.id(), DataKey.generate().id());
        assertEquals(key.id(), DataKey.parse(key.encoded()).id());
    }

    @Test
    void theKeyComesFromTheSettingThenTheFile() throws Exception {
        DataKey inline = DataKey.generate();
        Path file = folder.resolve("key");
        DataKey inFile = DataKeySource.fileCreatedOnce(file);
        assertEquals(inline, DataKeySource.resolve(inline.encoded(), file.toString()));
        assertEquals(inFile, DataKeySource.resolve(null, file.toString()));
        assertEquals(inFile, DataKeySource.resolve(" ", file.toString()));
    }

    @Test
    void aMissingOrUnusableKeyIsExplainedWithoutRepeatingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        DataKeySource.Missing tooShort = assertThrows(DataKeySource.Missing.class, () -> DataKeySource.resolve(shortKey, null));
        assertTrue(tooShort.getMessage().contains("MIZAN_DATA_KEY") && tooShort.getMessage().contains("32 bytes"), tooShort.getMessage());
        assertFalse(tooShort.getMessage().contains(shortKey));
        assertThrows(DataKeySource.Missing.class, () -> DataKeySource.resolve("not base64 at all!", null));
        DataKeySource.Missing none = assertThrows(DataKeySource.Missing.class, () -> DataKeySource.resolve(null, null));
        assertTrue(none.getMessage().startsWith("No data-encryption key is configured"), none.getMessage());
        DataKeySource.Missing noFile = assertThrows(DataKeySource.Missing.class,
                () -> DataKeySource.resolve(null, folder.resolve("absent").toString()));
        assertTrue(noFile.getMessage().contains("MIZAN_DATA_KEY_FILE"), noFile.getMessage());
    }

    @Test
    void anExistingKeyFileIsNeverReplaced() throws Exception {
        Path file = folder.resolve("data.key");
        DataKey.generate().writeNew(file);
        assertThrows(java.nio.file.FileAlreadyExistsException.class, () -> DataKey.generate().writeNew(file));
    }
}
