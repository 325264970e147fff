package org.mizan.imports.control;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Turns POI's SAX sheet parse, which pushes rows, into the iterator the import pulls from: a thread of its own runs
 * the parse and hands rows over through a small bounded queue, so it is never more than {@link #QUEUE} rows ahead
 * and memory does not grow with the sheet. {@link #stop()} ends the thread before the package is closed under it.
 */
final class TableSheetReader implements XSSFSheetXMLHandler.SheetContentsHandler, Runnable {

    private static final int QUEUE = 256;
    /** How often a parse waiting for room checks whether it has been stopped. */
    private static final long POLL_MILLIS = 50;
    private static final long STOP_MILLIS = 10_000;
    private static final TableRow END = new TableRow(0, List.of());

    /** Unwinds the parse once the reader has been stopped. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private final BlockingQueue<TableRow> queue = new ArrayBlockingQueue<>(QUEUE);
    private final InputStream sheet;
    private final XSSFSheetXMLHandler handler;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Exception failure;
    private List<String> cells = new ArrayList<>();

    private TableSheetReader(InputStream sheet, Styles styles, SharedStrings strings, TableXlsxFormatter formatter) {
        this.sheet = sheet;
        // false: a formula cell gives the result Excel saved with it, never the formula.
        this.handler = new XSSFSheetXMLHandler(styles, strings, this, formatter, false);
        this.thread = new Thread(this, "mizan-xlsx-sheet");
        thread.setDaemon(true);
    }

    static TableSheetReader start(InputStream sheet, Styles styles, SharedStrings strings, TableXlsxFormatter formatter) {
        TableSheetReader reader = new TableSheetReader(sheet, styles, strings, formatter);
        reader.thread.start();
        return reader;
    }

    @Override
    public void run() {
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(sheet));
        } catch (Stopped e) {
            return;
        } catch (Exception e) {
            if (stopped) {
                return;
            }
            failure = e;
        }
        try {
            put(END);
        } catch (Stopped e) {
            // Nobody is reading any more.
        }
    }

    @Override
    public void startRow(int rowNum) {
        cells = new ArrayList<>();
    }

    /** Sparse rows leave out empty cells: the reference puts each cell back in its column. */
    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
        String value = formattedValue == null ? "" : formattedValue;
        while (cells.size() < column) {
            cells.add("");
        }
        if (column < cells.size()) {
            cells.set(column, value);
        } else {
            cells.add(value);
        }
    }

    @Override
    public void endRow(int rowNum) {
        put(new TableRow(rowNum + 1L, cells));
    }

    private void put(TableRow row) {
        if (stopped) {
            throw new Stopped();
        }
        try {
            while (!queue.offer(row, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    Iterator<TableRow> rows() {
        return new Iterator<>() {
            private TableRow next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = take();
                }
                if (next == END && failure != null) {
                    throw TableXlsx.unreadable(failure);
                }
                return next != END;
            }

            @Override
            public TableRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                TableRow row = next;
                next = null;
                return row;
            }
        };
    }

    private TableRow take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while reading a sheet"));
        }
    }

    /** Ends the parse and waits for its thread, so that the caller may close the package the sheet comes from. */
    void stop() throws InterruptedIOException {
        stopped = true;
        queue.clear();
        try {
            thread.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping a sheet's reader");
        }
    }
}
