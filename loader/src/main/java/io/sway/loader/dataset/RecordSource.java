package io.sway.loader.dataset;

import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the rows of one dataset file, whatever its format. A source holds one row at a time:
 * files of any size are read in constant memory.
 *
 * <p>Problems of form (a CSV row with the wrong number of cells, malformed JSON, bytes that are not
 * UTF-8) are added to the {@link Problems} given at opening; such a row is skipped, and when the
 * rest of the file cannot be read the source ends early. Problems of content (a bad timestamp, an
 * unknown account) are for the caller to find.
 */
interface RecordSource extends Closeable {
  /** The file name as shown in problems, e.g. {@code follows.csv}. */
  String fileName();

  /**
   * Whether rows may carry {@code field} at all: for CSV, whether the header names it; JSON Lines
   * has no header, so any field may appear on any row.
   */
  boolean declares(String field);

  /** The next row, or null at the end of the file. */
  RawRow next() throws IOException;

  /** Bytes consumed from the file so far, for progress reports. */
  long bytesRead();
}
