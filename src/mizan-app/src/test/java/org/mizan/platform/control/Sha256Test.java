package org.mizan.platform.control;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one SHA-256: the published test vectors, and every way in (bytes, parts, text, stream, digest) agreeing. */
class Sha256Test {

    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void matchesThePublishedVectors() {
        assertEquals(EMPTY, Sha256.hex(new byte[0]));
        assertEquals(ABC, Sha256.hex("abc"));
        assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
    }

    @Test
    void textIsHashedAsUtf8() {
        String arabic = "عباس فاضل";
        assertEquals(Sha256.hex(arabic.getBytes(StandardCharsets.UTF_8)), Sha256.hex(arabic));
    }

    @Test
    void partsAreHashedOneAfterTheOther() {
        assertEquals(ABC, Sha256.hex("a".getBytes(StandardCharsets.US_ASCII), "bc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(EMPTY, Sha256.hex(new byte[0][]));
    }

    @Test
    void aStreamLongerThanOneBufferHashesLikeItsBytes() throws IOException {
        byte[] data = new byte[600_000];
        Arrays.fill(data, 300_000, data.length, (byte) 7);
        assertEquals(Sha256.hex(data), Sha256.hex(new ByteArrayInputStream(data)));
        assertEquals(EMPTY, Sha256.hex(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void aDigestFedWhileStreamingFinishesToTheSameHexAndStartsAfresh() {
        MessageDigest digest = Sha256.digest();
        digest.update("ab".getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 'c');
        assertEquals(ABC, Sha256.hex(digest));
        assertEquals(EMPTY, Sha256.hex(digest), "finishing resets the digest");
    }
}
