package io.sway.loader.imports;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** The source excerpts under {@code src/test/resources/imports/}, and what tests do with them. */
final class ImportFixtures {
  /** A SNAP Higgs Twitter excerpt; counts in its EXPECTED.md. */
  static final String SNAP_HIGGS = "snap-higgs";
  /** {@link #SNAP_HIGGS}-like, with activity line 3 missing its interaction code. */
  static final String SNAP_HIGGS_MALFORMED = "snap-higgs-malformed";
  /** An LDBC SNB CsvBasic excerpt in {@code dynamic/} and {@code static/}; counts in EXPECTED.md. */
  static final String LDBC_SNB = "ldbc-snb";
  /** A flat LDBC folder whose knows file has a bad person id on line 3. */
  static final String LDBC_SNB_MALFORMED = "ldbc-snb-malformed";

  private static final CsvMapper CSV = new CsvMapper();

  private ImportFixtures() {}

  static Path fixture(String name) {
    URL url = ImportFixtures.class.getResource("/imports/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture imports/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the files of {@code from} and its subfolders into {@code to}, all in one folder. */
  static Path flatCopy(Path from, Path to, Predicate<Path> gzip) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (gzip.test(file)) {
          gzipInto(file, to);
        } else {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
    return to;
  }

  /** Writes {@code file} compressed as {@code dir/<name>.gz}. */
  static void gzipInto(Path file, Path dir) throws IOException {
    try (OutputStream out = new GZIPOutputStream(
        Files.newOutputStream(dir.resolve(file.getFileName() + ".gz")))) {
      Files.copy(file, out);
    }
  }

  /** Writes {@code lines}, each ended by a line feed, to {@code dir/fileName}. */
  static void write(Path dir, String fileName, String... lines) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(fileName), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  /** The rows of a CSV file written by an importer, by column name, empty cells as "". */
  static List<Map<String, String>> rows(Path file) throws IOException {
    try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  /** The header row of a CSV file. */
  static String header(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElse("");
    }
  }

  /** The rows of {@code file} whose {@code column} is {@code value}. */
  static List<Map<String, String>> rowsWhere(Path file, String column, String value)
      throws IOException {
    return rows(file).stream().filter(row -> value.equals(row.get(column))).toList();
  }

  /** The one row of {@code file} whose {@code column} is {@code value}. */
  static Map<String, String> rowWhere(Path file, String column, String value) throws IOException {
    List<Map<String, String>> found = rowsWhere(file, column, value);
    if (found.size() != 1) {
      throw new AssertionError(
          "expected one row of " + file.getFileName() + " with " + column + "=" + value + ", found " + found);
    }
    return found.getFirst();
  }

  /** The names of the files in {@code dir}, hidden ones included, sorted. */
  static List<String> fileNames(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
