package io.sway.loader.dataset;

/**
 * The state of reading one file during validation: where problems and warnings go, which rows are
 * to be skipped, and how many rows were read.
 */
final class FileScan {
  private final String fileName;
  private final Problems problems;
  private final WarningTally warnings;
  private final SkippedLines skipped = new SkippedLines();
  private long rows;

  FileScan(String fileName, Problems problems, WarningTally warnings) {
    this.fileName = fileName;
    this.problems = problems;
    this.warnings = warnings;
  }

  void problem(long line, String field, String message) {
    problems.add(fileName, line, field, message);
  }

  /** How many problems the whole validation has found so far. */
  long problemCount() {
    return problems.count();
  }

  /** Records a warning on {@code line}, and marks the row to be skipped when its kind says so. */
  void warn(WarningKind kind, long line, String message) {
    warnings.add(kind, new Problem(fileName, line, null, message));
    if (kind.skipsRow()) {
      skipped.add(line);
    }
  }

  /**
   * The index of the id a row refers to in {@code field}; reports an unknown id. Returns {@link
   * IdIndex#ABSENT} when the id is null (already reported if it was required) or unknown. An unknown
   * id is not reported when the index is {@linkplain IdIndex#complete() incomplete}: the rejection
   * already names the rows that could not be read.
   */
  int reference(IdIndex index, String what, String id, long line, String field) {
    int found = index.indexOf(id);
    if (found == IdIndex.ABSENT && id != null && index.complete()) {
      problem(line, field, "unknown " + what + " " + Problems.quote(id));
    }
    return found;
  }

  void countRow() {
    rows++;
  }

  long rows() {
    return rows;
  }

  SkippedLines skipped() {
    return skipped;
  }

  ValidationSummary.FileCount count() {
    return new ValidationSummary.FileCount(fileName, rows, skipped.size());
  }
}
