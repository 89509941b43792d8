package io.sway.loader.dataset;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the validation of a dataset found: how many rows each file has, how many of them are skipped
 * as harmless duplicates, and the warnings with a first example of each. {@link #toString()} is a
 * report for users.
 */
public final class ValidationSummary {
  private static final String NEW_LINE = System.lineSeparator();

  private final Map<DatasetFile, FileCount> files;
  private final List<Warning> warnings;

  /**
   * One kind of warning: how many rows have it and where the first one is.
   *
   * @param kind what the rows have in common
   * @param count how many rows have it, at least 1
   * @param firstExample the first of them: file, line and what is odd about it
   */
  public record Warning(WarningKind kind, long count, Problem firstExample) {
    @Override
    public String toString() {
      return count
          + " "
          + kind.label()
          + (count == 1 ? "" : "s")
          + (kind.skipsRow() ? " (skipped)" : " (kept)")
          + ", first: "
          + firstExample;
    }
  }

  /** The rows of one present file. */
  record FileCount(String fileName, long rows, long skipped) {}

  ValidationSummary(Map<DatasetFile, FileCount> files, List<Warning> warnings) {
    this.files = new EnumMap<>(files);
    this.warnings = List.copyOf(warnings);
  }

  /** The rows read from the file (blank lines aside), 0 when the dataset has no such file. */
  public long rows(DatasetFile file) {
    FileCount count = files.get(file);
    return count == null ? 0 : count.rows();
  }

  /** The rows of the file left out of its stream as duplicates or self-follows. */
  public long skippedRows(DatasetFile file) {
    FileCount count = files.get(file);
    return count == null ? 0 : count.skipped();
  }

  /** The rows the file's stream delivers: {@link #rows} minus {@link #skippedRows}. */
  public long keptRows(DatasetFile file) {
    return rows(file) - skippedRows(file);
  }

  /** The warnings found, one per kind that occurred, in the order of {@link WarningKind}. */
  public List<Warning> warnings() {
    return warnings;
  }

  /** The warning of {@code kind}, if any row has it. */
  public Optional<Warning> warning(WarningKind kind) {
    return warnings.stream().filter(w -> w.kind() == kind).findFirst();
  }

  /** How many rows have a warning of {@code kind}. */
  public long count(WarningKind kind) {
    return warning(kind).map(Warning::count).orElse(0L);
  }

  @Override
  public String toString() {
    int nameWidth = files.values().stream().mapToInt(f -> f.fileName().length()).max().orElse(0);
    StringBuilder text = new StringBuilder();
    for (FileCount file : files.values()) {
      text.append(
          String.format(
              Locale.ROOT, "%-" + nameWidth + "s %,12d rows", file.fileName(), file.rows()));
      if (file.skipped() > 0) {
        text.append(String.format(Locale.ROOT, ", %,d skipped", file.skipped()));
      }
      text.append(NEW_LINE);
    }
    if (warnings.isEmpty()) {
      return text.append("no warnings").toString();
    }
    text.append("warnings:");
    for (Warning warning : warnings) {
      text.append(NEW_LINE).append("  ").append(warning);
    }
    return text.toString();
  }
}
