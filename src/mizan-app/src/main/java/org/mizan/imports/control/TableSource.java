package org.mizan.imports.control;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** One format's reader behind {@link TableFile}, which takes the header and pads, strips and skips rows for both. */
interface TableSource extends Closeable {

    TableFormat format();

    String encoding();

    Character delimiter();

    List<String> sheets();

    /** Every row from the first, blank ones included, cells as read; called once. */
    Iterator<TableRow> rows();

    double progress();
}
