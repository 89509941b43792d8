package io.sway.loader.dataset;

/**
 * Told how far the validation of a dataset has read, to drive a progress bar. Called from the
 * thread that opens the dataset, every {@value #ROWS_PER_UPDATE} rows and once at the end of each
 * file (then with {@code bytesRead == totalBytes}). Files are read in the order accounts, persons,
 * posts, follows, interactions.
 */
@FunctionalInterface
public interface ValidationProgress {
  /** How many rows are read between two updates. */
  int ROWS_PER_UPDATE = 1 << 16;

  /** Reports nothing. */
  ValidationProgress NONE = (file, bytesRead, totalBytes) -> {};

  /**
   * @param file the file being read
   * @param bytesRead how far into the file the validation is, in bytes
   * @param totalBytes the size of the file
   */
  void update(DatasetFile file, long bytesRead, long totalBytes);
}
