package io.sway.loader.dataset;

/**
 * The checks of one file that need more than a single value: references to other rows and files,
 * duplicates, warnings. Called once per row, in file order, during validation.
 *
 * @param <T> the record type of the file
 */
interface RowCheck<T> {
  /**
   * Checks one decoded row.
   *
   * @param row the row, with null in place of values that failed to decode
   * @param decoded whether the row decoded without problems
   */
  void check(T row, boolean decoded, FileScan scan);

  /**
   * Called before {@link #finish} when some rows of the file could not be read (a problem of form:
   * malformed JSON, a row with the wrong number of cells, bytes that are not UTF-8, a bad header),
   * so the ids it indexes are incomplete and references to them are not to be reported as unknown.
   */
  default void incomplete() {}

  /** Called after the last row, for checks that had to wait for the whole file. */
  default void finish(FileScan scan) {}
}
