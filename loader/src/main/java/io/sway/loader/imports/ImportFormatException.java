package io.sway.loader.imports;

/**
 * The source of an import is not in the format its importer reads. The message names the file,
 * the line (when the problem is on one line) and the bad value, e.g. {@code
 * higgs-activity_time.txt:17: unknown interaction 'FAV' (expected RT, MT or RE)}. Nothing has
 * been written to the output folder.
 */
public final class ImportFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Longest value quoted in a message; longer ones are cut. */
  private static final int QUOTE_LIMIT = 80;

  private final String file;
  private final long line;

  /**
   * @param file the name of the file, without its folder
   * @param line the 1-based line of the problem, or 0 when it concerns the whole file
   * @param problem what is wrong, naming the bad value
   */
  public ImportFormatException(String file, long line, String problem) {
    super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or more, was " + line);
    }
    this.file = file;
    this.line = line;
  }

  /** The name of the file at fault. */
  public String file() {
    return file;
  }

  /** The 1-based line at fault, 0 when the problem concerns the whole file. */
  public long line() {
    return line;
  }

  /** {@code value} in single quotes for a message, cut after {@value #QUOTE_LIMIT} characters. */
  static String quote(String value) {
    if (value.length() <= QUOTE_LIMIT) {
      return "'" + value + "'";
    }
    return "'" + value.substring(0, QUOTE_LIMIT) + "...'";
  }
}
