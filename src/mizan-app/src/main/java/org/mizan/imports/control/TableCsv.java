package org.mizan.imports.control;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** A CSV file, its encoding and delimiter given or guessed from its first mebibyte, parsed as a stream of records. */
final class TableCsv implements TableSource {

    static final int SAMPLE_BYTES = 1 << 20;

    private final Charset charset;
    private final char delimiter;
    private final TableCountingStream counted;
    private final CSVParser parser;

    private TableCsv(Charset charset, char delimiter, TableCountingStream counted, CSVParser parser) {
        this.charset = charset;
        this.delimiter = delimiter;
        this.counted = counted;
        this.parser = parser;
    }

    static TableCsv open(Path file, TableOptions options) throws IOException {
        long size = Files.size(file);
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        boolean complete = sample.length >= size;
        TableCharsets.Bom bom = TableCharsets.bom(sample);
        Charset charset = chosenCharset(options, bom, sample, complete);
        int skip = bom != null && bom.charset().equals(charset) ? bom.length() : 0;
        TableSniffer.requireText(sample, skip, charset);
        char delimiter = options.delimiter() != null ? options.delimiter()
                : TableDelimiters.detect(new String(sample, skip, sample.length - skip, charset), complete);
        TableCountingStream counted = new TableCountingStream(Files.newInputStream(file), size);
        try {
            counted.skipNBytes(skip);
            TableDecodingReader reader = new TableDecodingReader(counted, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(TableDelimiters.format(delimiter)).get();
            return new TableCsv(charset, delimiter, counted, parser);
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw e;
        }
    }

    private static Charset chosenCharset(TableOptions options, TableCharsets.Bom bom, byte[] sample, boolean complete) {
        if (options.encoding() != null) {
            return Charset.forName(options.encoding());
        }
        return bom != null ? bom.charset() : TableCharsets.detect(sample, complete);
    }

    @Override
    public TableFormat format() {
        return TableFormat.CSV;
    }

    @Override
    public String encoding() {
        return charset.name();
    }

    @Override
    public Character delimiter() {
        return delimiter;
    }

    @Override
    public List<String> sheets() {
        return List.of();
    }

    @Override
    public Iterator<TableRow> rows() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException e) {
                    throw refusal(e);
                }
            }

            @Override
            public TableRow next() {
                try {
                    CSVRecord record = records.next();
                    return new TableRow(record.getRecordNumber(), record.toList());
                } catch (UncheckedIOException e) {
                    throw refusal(e);
                }
            }
        };
    }

    /**
     * The parser fails while reading the record after the last one it returned, and the decoding reader fails right at
     * the bad byte, so that next record is the one to tell the user about.
     */
    private RuntimeException refusal(UncheckedIOException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return TableFile.refusal("import.file.encoding", parser.getRecordNumber() + 1);
            }
            if (cause instanceof CSVException) {
                return TableFile.refusal("import.file.unreadable");
            }
        }
        return failure;
    }

    @Override
    public double progress() {
        return counted.progress();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
