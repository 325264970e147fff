package org.mizan.imports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;

/**
 * Decodes strictly, like {@link java.io.InputStreamReader} with a reporting decoder, but hands over every character
 * before a bad byte and only then fails. InputStreamReader drops the characters of the failing read, so the CSV parser
 * would fail records before the one holding the bad byte, and the user be told the wrong row.
 */
final class TableDecodingReader extends Reader {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean flushed;
    private CharacterCodingException failure;

    TableDecodingReader(InputStream in, CharsetDecoder decoder) {
        this.in = in;
        this.decoder = decoder;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            // The decoder is done: decoding again would be an illegal state, not the end of the text.
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                failure = codingFailure(result);
                return delivered(out, offset);
            }
            if (result.isOverflow() || out.position() > offset) {
                return out.position() - offset;
            }
            if (endOfInput) {
                return finish(out, offset);
            }
            fill();
        }
    }

    private static CharacterCodingException codingFailure(CoderResult result) {
        try {
            result.throwException();
        } catch (CharacterCodingException e) {
            return e;
        }
        throw new IllegalStateException("not an error: " + result);
    }

    private int delivered(CharBuffer out, int offset) throws CharacterCodingException {
        if (out.position() == offset) {
            throw failure;
        }
        return out.position() - offset;
    }

    private int finish(CharBuffer out, int offset) {
        if (!flushed) {
            flushed = true;
            decoder.flush(out);
        }
        return out.position() > offset ? out.position() - offset : -1;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
