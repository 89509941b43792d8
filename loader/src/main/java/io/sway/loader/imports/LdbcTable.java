package io.sway.loader.imports;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One LDBC SNB CSV file read row by row: {@code |}-separated, no quoting, a header row naming
 * the columns. Columns are found by name, so the layouts that add or reorder columns (CsvComposite,
 * or a leading {@code creationDate}) read alike; a name given twice, as in {@code
 * Person.id|Person.id|creationDate}, is told apart by its occurrence. Every row must have as many
 * fields as the header; empty lines are skipped.
 */
final class LdbcTable implements Closeable {
  static final char SEPARATOR = '|';

  private final SourceLines lines;
  private final String[] header;
  private final LineFields fields;

  private LdbcTable(SourceLines lines, String[] header) {
    this.lines = lines;
    this.header = header;
    this.fields = new LineFields(header.length);
  }

  /** Opens {@code file} and reads its header row. */
  static LdbcTable open(Path file) throws IOException, ImportFormatException {
    SourceLines lines = SourceLines.open(file);
    try {
      String first = lines.next();
      if (first == null || first.isBlank()) {
        throw new ImportFormatException(lines.fileName(), 1,
            "missing header row (LDBC files start with one, e.g. 'id|firstName|lastName|...')");
      }
      LineFields names = new LineFields(1);
      int count = names.splitOn(first, SEPARATOR);
      String[] header = new String[count];
      for (int i = 0; i < count; i++) {
        header[i] = names.text(i).strip();
      }
      return new LdbcTable(lines, header);
    } catch (IOException | ImportFormatException | RuntimeException e) {
      lines.close();
      throw e;
    }
  }

  String fileName() {
    return lines.fileName();
  }

  boolean hasColumn(String name) {
    return indexOf(name, 0) >= 0;
  }

  /** The index of the first column named {@code name}. */
  int column(String name) throws ImportFormatException {
    return column(name, 0);
  }

  /**
   * The index of the column named {@code name}, the {@code occurrence}-th (from 0) of those with
   * that name.
   *
   * @throws ImportFormatException on the header line when there is no such column
   */
  int column(String name, int occurrence) throws ImportFormatException {
    int index = indexOf(name, occurrence);
    if (index < 0) {
      String which = occurrence == 0 ? "column " : "column number " + (occurrence + 1) + " named ";
      throw new ImportFormatException(lines.fileName(), 1,
          "missing " + which + ImportFormatException.quote(name) + " in header "
              + ImportFormatException.quote(String.join("|", header)));
    }
    return index;
  }

  private int indexOf(String name, int occurrence) {
    int seen = 0;
    for (int i = 0; i < header.length; i++) {
      if (header[i].equals(name) && seen++ == occurrence) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Moves to the next row; false at the end of the file.
   *
   * @throws ImportFormatException when the row has not as many fields as the header
   */
  boolean next() throws IOException, ImportFormatException {
    String line;
    do {
      line = lines.next();
      if (line == null) {
        return false;
      }
    } while (line.isEmpty());
    int count = fields.splitOn(line, SEPARATOR);
    if (count != header.length) {
      throw error("expected " + header.length + " '|'-separated fields as in the header, found "
          + count + " in " + ImportFormatException.quote(line));
    }
    return true;
  }

  String text(int column) {
    return fields.text(column);
  }

  /** The id in {@code column}: a non-negative integer. */
  long id(int column) throws ImportFormatException {
    long id = fields.number(column);
    if (id == LineFields.NOT_A_NUMBER) {
      throw error("bad " + header[column] + " " + ImportFormatException.quote(fields.text(column))
          + " (expected a non-negative integer)");
    }
    return id;
  }

  /** The instant in {@code column}; see {@link LdbcTimestamps}. */
  Instant timestamp(int column) throws ImportFormatException {
    String text = fields.text(column);
    Instant instant = LdbcTimestamps.parse(text);
    if (instant == null) {
      throw error("bad " + header[column] + " " + ImportFormatException.quote(text) + " ("
          + LdbcTimestamps.EXPECTED + ")");
    }
    return instant;
  }

  /** A format error on the current row. */
  ImportFormatException error(String problem) {
    return lines.error(problem);
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
