package io.sway.loader.neo4j;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV files handed to Neo4j's bulk importer: one file per node label or relationship type
 * and end label, each with the importer's typed header ({@code :ID(Account)}, {@code
 * at:datetime}). Written with Jackson's CSV generator, so quoting follows RFC 4180 as the
 * importer expects.
 */
final class ImporterFiles implements AutoCloseable {
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).build();

  private final Path directory;
  private final Map<String, Target> nodeFiles = new LinkedHashMap<>();
  private final Map<String, Target> relationshipFiles = new LinkedHashMap<>();

  ImporterFiles(Path directory) {
    this.directory = directory;
  }

  /** Opens the file for nodes of {@code label}, with the importer header {@code columns}. */
  Target nodes(String label, String fileName, String... columns) {
    return nodeFiles.computeIfAbsent(fileName, f -> open(label, f, columns));
  }

  /** Opens the file for relationships of {@code type}, with the importer header {@code columns}. */
  Target relationships(String type, String fileName, String... columns) {
    return relationshipFiles.computeIfAbsent(fileName, f -> open(type, f, columns));
  }

  /** The importer's {@code --nodes=...} and {@code --relationships=...} arguments. */
  List<String> importerArguments() {
    List<String> arguments = new ArrayList<>();
    nodeFiles.values().forEach(t -> arguments.add("--nodes=" + t.name + "=" + t.path));
    relationshipFiles.values().forEach(t -> arguments.add("--relationships=" + t.name + "=" + t.path));
    return arguments;
  }

  private Target open(String name, String fileName, String[] columns) {
    Path path = directory.resolve(fileName);
    try {
      CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
      for (String column : columns) {
        schema.addColumn(column);
      }
      SequenceWriter writer =
          CSV.writerFor(Object[].class).with(schema.build()).writeValues(Files.newBufferedWriter(path));
      return new Target(name, path, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  Path path(String fileName) {
    return directory.resolve(fileName);
  }

  @Override
  public void close() throws IOException {
    for (Target target : nodeFiles.values()) {
      target.writer.close();
    }
    for (Target target : relationshipFiles.values()) {
      target.writer.close();
    }
  }

  /** One importer input file. */
  static final class Target {
    private final String name;
    private final Path path;
    private final SequenceWriter writer;
    private long rows;

    private Target(String name, Path path, SequenceWriter writer) {
      this.name = name;
      this.path = path;
      this.writer = writer;
    }

    void write(Object... values) throws IOException {
      writer.write(values);
      rows++;
    }

    long rows() {
      return rows;
    }
  }
}
