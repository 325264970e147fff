package org.mizan.imports.control;

import org.mizan.platform.control.InvalidInput;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An uploaded table, CSV or XLSX, read as a stream of rows so that a file of a hundred megabytes costs no more memory
 * than a small one. Cells are text exactly as the file holds it: nothing that looks like a formula is evaluated, and
 * an XLSX formula gives the result Excel saved with it. The first row with anything in it is the header.
 */
public final class TableFile implements Closeable {

    private final TableSource source;
    private final Iterator<TableRow> raw;
    private final List<String> headers;
    private boolean rowsTaken;

    private TableFile(TableSource source) {
        this.source = source;
        this.raw = source.rows();
        TableRow first = nextFilled();
        if (first == null) {
            throw refusal("import.file.empty");
        }
        this.headers = headers(first.cells());
    }

    /**
     * Opens a file for reading, its format judged by content (the name is not trusted: people rename files).
     *
     * @param fileName the name it was uploaded under, which does not decide anything
     * @throws InvalidInput for field {@code file} when the file is not a table Mizan can read
     */
    public static TableFile open(Path file, String fileName, TableOptions options) throws IOException {
        TableOptions chosen = options == null ? TableOptions.detect() : options;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TableSniffer.MAGIC_LENGTH);
        }
        TableSource source = TableSniffer.format(head) == TableFormat.XLSX
                ? TableXlsx.open(file, chosen) : TableCsv.open(file, chosen);
        try {
            return new TableFile(source);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    static InvalidInput refusal(String messageKey, Object... arguments) {
        return new InvalidInput("file", messageKey, arguments);
    }

    /** Trailing empty header cells are columns nobody named, such as a CSV's trailing delimiters. */
    private static List<String> headers(List<String> cells) {
        List<String> names = new ArrayList<>(cells.size());
        cells.forEach(cell -> names.add(cell.strip()));
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return List.copyOf(names);
    }

    private TableRow nextFilled() {
        while (raw.hasNext()) {
            TableRow row = raw.next();
            if (!row.blank()) {
                return row;
            }
        }
        return null;
    }

    private TableRow padded(TableRow row) {
        List<String> cells = new ArrayList<>(Math.max(row.cells().size(), headers.size()));
        row.cells().forEach(cell -> cells.add(cell.strip()));
        while (cells.size() < headers.size()) {
            cells.add("");
        }
        return new TableRow(row.number(), cells);
    }

    public TableFormat format() {
        return source.format();
    }

    /** The charset a CSV file is read in; null for XLSX. */
    public String encoding() {
        return source.encoding();
    }

    /** A CSV file's delimiter; null for XLSX. */
    public Character delimiter() {
        return source.delimiter();
    }

    /** The header row's cells: the columns a mapping refers to. */
    public List<String> headers() {
        return headers;
    }

    /** An XLSX workbook's sheet names, in order; empty for CSV. */
    public List<String> sheets() {
        return source.sheets();
    }

    /**
     * The data rows after the header, read as they are asked for; rows with nothing in them are left out.
     *
     * @throws IllegalStateException when called twice: the file is read once
     * @throws InvalidInput from the iterator, when the file turns out to be unreadable part way
     */
    public Iterator<TableRow> rows() {
        if (rowsTaken) {
            throw new IllegalStateException("rows are read once");
        }
        rowsTaken = true;
        return new Iterator<>() {
            private TableRow next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = nextFilled();
                }
                return next != null;
            }

            @Override
            public TableRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TableRow row = padded(next);
                next = null;
                return row;
            }
        };
    }

    /** How much of the input has been read, from 0 to 1, for a progress bar. */
    public double progress() {
        return source.progress();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
