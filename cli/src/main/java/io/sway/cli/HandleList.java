package io.sway.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Handles read from a file: one per line (blank lines and lines starting with {@code #} are
 * skipped), or one column of a CSV file with a header row ({@code --column}, {@code handle} by
 * default for a {@code .csv} file).
 */
final class HandleList {
  static final String COLUMN_DEFAULT = "handle";
  private static final String COMMENT = "#";
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private HandleList() {}

  static List<String> read(Path file, String column) {
    boolean csv = column != null || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    try {
      return csv ? readColumn(file, column == null ? COLUMN_DEFAULT : column) : readLines(file);
    } catch (NoSuchFileException e) {
      throw new UserException("handle file not found: " + file);
    } catch (IOException e) {
      throw new UserException("cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Spreadsheet exports often start with one; it is not part of the first value. */
  private static String withoutByteOrderMark(String text) {
    return text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
  }

  private static List<String> readLines(Path file) throws IOException {
    List<String> handles = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String handle = withoutByteOrderMark(line).strip();
      if (!handle.isEmpty() && !handle.startsWith(COMMENT)) {
        handles.add(handle);
      }
    }
    return handles;
  }

  private static List<String> readColumn(Path file, String column) throws IOException {
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<String> handles = new ArrayList<>();
    try (Reader reader = new StringReader(
            withoutByteOrderMark(Files.readString(file, StandardCharsets.UTF_8)));
        MappingIterator<Map<String, String>> rows =
            mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
      CsvSchema header = null;
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        if (header == null) {
          header = (CsvSchema) rows.getParser().getSchema();
          if (header.column(column) == null) {
            throw new UserException(file + ": no column '" + column + "' (columns: "
                + String.join(", ", header.getColumnNames()) + "); choose one with --column");
          }
        }
        String handle = row.get(column);
        if (handle != null && !handle.isBlank()) {
          handles.add(handle.strip());
        }
      }
    } catch (JsonProcessingException e) {
      throw new UserException(file + ": not a valid CSV file: " + e.getOriginalMessage());
    }
    return handles;
  }
}
