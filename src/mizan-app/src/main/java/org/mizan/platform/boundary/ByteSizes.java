package org.mizan.platform.boundary;

import org.primefaces.util.FileUploadUtils;

import java.util.Locale;

/**
 * Sizes as the pages write them (evidence, the report verifier) ("879.7 kB"), as PrimeFaces' uploader does. In every language
 * with Western digits, like the dates, hashes and references around them.
 */
public final class ByteSizes {

    private ByteSizes() {
    }

    public static String format(long bytes) {
        return FileUploadUtils.formatBytes(bytes, Locale.ENGLISH);
    }
}
