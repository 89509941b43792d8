package io.sway.loader.synthetic;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One CSV file written row by row through Jackson's streaming {@link CsvGenerator}: UTF-8, a
 * header row, {@code \n} line ends, quotes only where a value needs them. Nothing is buffered
 * beyond the output buffer, so a file of any length costs constant memory.
 */
final class CsvTable implements Closeable {
  private static final CsvMapper MAPPER = new CsvMapper();
  private static final int BUFFER_BYTES = 1 << 16;

  private final String fileName;
  private final CsvGenerator generator;
  private final int columns;
  private long rows;

  private CsvTable(String fileName, CsvGenerator generator, int columns) {
    this.fileName = fileName;
    this.generator = generator;
    this.columns = columns;
  }

  static CsvTable create(Path directory, String fileName, String... columns) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    for (String column : columns) {
      schema.addColumn(column);
    }
    OutputStream out =
        new BufferedOutputStream(Files.newOutputStream(directory.resolve(fileName)), BUFFER_BYTES);
    CsvGenerator generator = MAPPER.getFactory().createGenerator(out);
    generator.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    generator.setSchema(schema.setUseHeader(true).setLineSeparator("\n").build());
    return new CsvTable(fileName, generator, columns.length);
  }

  /** Writes one row; {@code null} and {@code ""} both write an empty field. */
  void row(String... values) throws IOException {
    if (values.length != columns) {
      throw new IllegalArgumentException(fileName + ": row has " + values.length
          + " values for " + columns + " columns");
    }
    generator.writeStartArray();
    for (String value : values) {
      if (value == null) {
        generator.writeNull();
      } else {
        generator.writeString(value);
      }
    }
    generator.writeEndArray();
    rows++;
  }

  String fileName() {
    return fileName;
  }

  long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    generator.close();
  }
}
