package org.mizan.platform.control;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How a kind of {@link BackgroundJobs} keeps its result for whichever server the owner asks next: a JSON text for the
 * job's row, and files, if any, in the job's own folder of the data folder (a report's PDF has no place in a row).
 *
 * @param <R> what the work returns
 * @param <S> what the owner is given back: the same, or a handle on what was stored (a file's path instead of its bytes)
 */
public interface JobResults<R, S> {

    /** Stores {@code result}; returns the JSON its row keeps. {@code folder} exists and is the job's alone. */
    String write(R result, Path folder) throws IOException;

    /** What {@link #write} stored, read back by any node. */
    S read(String json, Path folder) throws IOException;
}
