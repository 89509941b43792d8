package io.sway.loader.dataset;

/** One row of a file as read, before its values are checked: a line and its field values. */
interface RawRow {
  /** The 1-based line of the file where the row starts. */
  long line();

  /** The value of {@code field}, stripped of surrounding blanks; null when absent or blank. */
  String value(String field);

  /** Strips {@code raw} and maps an empty result to null. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String stripped = raw.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
