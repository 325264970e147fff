package org.mizan.imports.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes a parser has taken, for a progress bar; read by another thread than the parser's, hence volatile. */
final class TableCountingStream extends FilterInputStream {

    private final long size;
    private volatile long count;

    TableCountingStream(InputStream in, long size) {
        super(in);
        this.size = size;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count += skipped;
        return skipped;
    }

    /** A size not known in advance (-1) or 0 reads as "not started" until the end. */
    double progress() {
        return size <= 0 ? 0 : Math.min(1, (double) count / size);
    }
}
