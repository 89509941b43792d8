package io.sway.loader.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV file (RFC 4180, UTF-8, optional byte-order mark) whose first row names the columns.
 * Column order is free and columns the caller never asks for are ignored. Blank lines are skipped.
 *
 * <p>Rows are read token by token from Jackson's {@link CsvParser} rather than bound to maps, so
 * each row costs one small array and the line where it starts is exact even when a quoted cell
 * spans several lines. Reading stops at the first problem of form (an unclosed quote, bytes that
 * are not UTF-8), since the rows after it cannot be told apart reliably.
 */
final class CsvRecordSource implements RecordSource {
  private static final CsvMapper MAPPER =
      CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
  private static final int HEADER_LINE = 1;

  private final String fileName;
  private final Problems problems;
  private final Utf8CheckingInputStream in;

  /** Created on the first read, since creating it already reads from the file. */
  private CsvParser parser;

  private final Map<String, Integer> columns;
  private final String[] header;
  private final int width;
  private boolean ended;
  private boolean failed;
  private long rowLine;

  CsvRecordSource(Path file, Problems problems) throws IOException {
    this.fileName = file.getFileName().toString();
    this.problems = problems;
    this.in = new Utf8CheckingInputStream(Files.newInputStream(file));
    List<String> names;
    try {
      names = readRecord();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
    if (names == null && !failed) {
      problems.add(
          fileName, HEADER_LINE, null, "empty file: expected a header row naming the columns");
    }
    if (names == null) {
      ended = true;
      this.columns = Map.of();
      this.header = new String[0];
      this.width = 0;
    } else {
      this.columns = indexColumns(names);
      this.header = names.stream().map(RawRow::clean).toArray(String[]::new);
      this.width = names.size();
    }
  }

  @Override
  public String fileName() {
    return fileName;
  }

  @Override
  public boolean declares(String field) {
    return columns.containsKey(field);
  }

  @Override
  public RawRow next() throws IOException {
    List<String> cells;
    while ((cells = readRecord()) != null) {
      if (cells.isEmpty()) {
        continue;
      }
      if (cells.size() != width) {
        // a short row names the first column it lacks, so a truncated line points at a field
        String missing = cells.size() < width ? header[cells.size()] : null;
        problems.add(
            fileName,
            rowLine,
            missing,
            "expected " + width + " cells as in the header, found " + cells.size());
        continue;
      }
      return new CsvRow(rowLine, cells.toArray(String[]::new), columns);
    }
    return null;
  }

  @Override
  public long bytesRead() {
    return in.bytesRead();
  }

  @Override
  public void close() throws IOException {
    try {
      if (parser != null) {
        parser.close();
      }
    } finally {
      in.close();
    }
  }

  private Map<String, Integer> indexColumns(List<String> header) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String cleaned = RawRow.clean(header.get(i));
      if (cleaned == null) {
        continue;
      }
      // interned, so that looking up a column by its constant name succeeds on identity
      String name = cleaned.intern();
      Integer earlier = index.putIfAbsent(name, i);
      if (earlier != null) {
        problems.add(
            fileName,
            HEADER_LINE,
            name,
            "duplicate column (columns "
                + (earlier + 1)
                + " and "
                + (i + 1)
                + ")");
      }
    }
    return Map.copyOf(index);
  }

  /** The cells of the next record, or null at the end or after a problem that ends the file. */
  private List<String> readRecord() throws IOException {
    if (ended) {
      return null;
    }
    rowLine = -1;
    try {
      if (parser == null) {
        parser = MAPPER.getFactory().createParser(in);
        parser.setSchema(CsvSchema.emptySchema());
      }
      JsonToken token = parser.nextToken();
      if (token == null) {
        ended = true;
        return null;
      }
      List<String> cells = new ArrayList<>(width);
      while (parser.nextToken() == JsonToken.VALUE_STRING) {
        if (cells.isEmpty()) {
          rowLine = parser.currentTokenLocation().getLineNr();
        }
        cells.add(parser.getText());
      }
      return cells;
    } catch (Utf8CheckingInputStream.MalformedUtf8Exception e) {
      endWith(e.line(), "not valid UTF-8: " + e.getMessage());
    } catch (JsonProcessingException | CharConversionException e) {
      long line = rowLine > 0 || parser == null ? rowLine : parser.currentLocation().getLineNr();
      endWith(line, "malformed CSV: " + messageOf(e));
    }
    return null;
  }

  private static String messageOf(IOException e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }

  private void endWith(long line, String message) {
    problems.add(fileName, line, null, message);
    ended = true;
    failed = true;
  }

  /** A row of cells with the header's column index, shared by all rows of the file. */
  private static final class CsvRow implements RawRow {
    private final long line;
    private final String[] cells;
    private final Map<String, Integer> columns;

    CsvRow(long line, String[] cells, Map<String, Integer> columns) {
      this.line = line;
      this.cells = cells;
      this.columns = columns;
    }

    @Override
    public long line() {
      return line;
    }

    @Override
    public String value(String field) {
      Integer column = columns.get(field);
      return column == null ? null : RawRow.clean(cells[column]);
    }
  }
}
