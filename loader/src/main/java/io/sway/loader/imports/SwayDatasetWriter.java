package io.sway.loader.imports;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.sway.loader.dataset.DatasetFile;
import io.sway.loader.dataset.InteractionType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the files of a Sway dataset folder row by row with Jackson's {@link CsvGenerator}, and
 * counts the rows.
 *
 * <p>Each file is written as a hidden part file ({@code .accounts.csv.part}) and renamed to its
 * final name by {@link #commit()}; {@link #close()} without a commit deletes the part files, so a
 * failed import leaves no half-written dataset behind. The folder must hold no dataset file
 * beforehand: mixing an import with the files of an older dataset would make a dataset that is
 * neither.
 */
final class SwayDatasetWriter implements AutoCloseable {
  /** Quotes a value only when it needs quotes, however long it is. */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private static final String PART_PREFIX = ".";
  private static final String PART_SUFFIX = ".part";
  private static final String[] SOURCE_EXTENSIONS = {".csv", ".jsonl"};
  private static final String TYPE_KEY_SEPARATOR = ".";

  private final Path outDir;
  private final Map<OutputFile, CsvGenerator> generators = new EnumMap<>(OutputFile.class);
  private final Map<OutputFile, Long> rows = new EnumMap<>(OutputFile.class);
  private final Map<InteractionType, Long> interactionsByType = new EnumMap<>(InteractionType.class);
  private boolean committed;

  private SwayDatasetWriter(Path outDir) {
    this.outDir = outDir;
  }

  /**
   * Creates {@code outDir} if needed and opens the part files of {@code files}, each with its
   * header row.
   *
   * @throws FileAlreadyExistsException when {@code outDir} already holds a dataset file
   */
  static SwayDatasetWriter create(Path outDir, Set<OutputFile> files) throws IOException {
    requireNoDatasetFile(outDir);
    Files.createDirectories(outDir);
    SwayDatasetWriter writer = new SwayDatasetWriter(outDir);
    try {
      for (OutputFile file : OutputFile.values()) {
        if (files.contains(file)) {
          writer.open(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      writer.close();
      throw e;
    }
    return writer;
  }

  private static void requireNoDatasetFile(Path outDir) throws FileAlreadyExistsException {
    for (DatasetFile kind : DatasetFile.values()) {
      for (String extension : SOURCE_EXTENSIONS) {
        Path existing = outDir.resolve(kind.baseName() + extension);
        if (Files.exists(existing)) {
          throw new FileAlreadyExistsException(existing.toString(), null,
              "the output folder already holds a dataset file; choose an empty folder");
        }
      }
    }
  }

  private void open(OutputFile file) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder();
    file.columns().forEach(schema::addColumn);
    CsvGenerator generator = CSV.getFactory()
        .createGenerator(Files.newBufferedWriter(part(file), StandardCharsets.UTF_8));
    generator.setSchema(schema.build().withHeader());
    generators.put(file, generator);
    rows.put(file, 0L);
  }

  private Path part(OutputFile file) {
    return outDir.resolve(PART_PREFIX + file.fileName() + PART_SUFFIX);
  }

  /** One row of {@code accounts.csv}; {@code verified} and {@code bio} are left empty. */
  void account(String id, String network, String handle, Instant createdAt, String displayName)
      throws IOException {
    CsvGenerator out = row(OutputFile.ACCOUNTS);
    out.writeString(id);
    out.writeString(network);
    out.writeString(handle);
    writeInstant(out, createdAt);
    writeText(out, displayName);
    out.writeNull();
    out.writeNull();
    out.writeEndArray();
  }

  /** One row of {@code follows.csv}; {@code since} may be null. */
  void follow(String followerId, String followeeId, Instant since) throws IOException {
    CsvGenerator out = row(OutputFile.FOLLOWS);
    out.writeString(followerId);
    out.writeString(followeeId);
    writeInstant(out, since);
    out.writeEndArray();
  }

  /** One row of {@code posts.csv}; {@code topics} may be empty and {@code replyTo} null. */
  void post(String id, String authorId, Instant createdAt, List<String> topics, String replyTo)
      throws IOException {
    CsvGenerator out = row(OutputFile.POSTS);
    out.writeString(id);
    out.writeString(authorId);
    writeInstant(out, createdAt);
    writeText(out, topics.isEmpty() ? null : String.join(";", topics));
    writeText(out, replyTo);
    out.writeEndArray();
  }

  /** One row of {@code interactions.csv}; one of {@code postId} and {@code targetAccountId} may be null. */
  void interaction(
      String actorId, InteractionType type, String postId, String targetAccountId, Instant at)
      throws IOException {
    CsvGenerator out = row(OutputFile.INTERACTIONS);
    out.writeString(actorId);
    out.writeString(type.code());
    writeText(out, postId);
    writeText(out, targetAccountId);
    writeInstant(out, at);
    out.writeEndArray();
    interactionsByType.merge(type, 1L, Long::sum);
  }

  private CsvGenerator row(OutputFile file) throws IOException {
    CsvGenerator out = generators.get(file);
    if (out == null) {
      throw new IllegalStateException(file.fileName() + " was not opened for writing");
    }
    rows.merge(file, 1L, Long::sum);
    out.writeStartArray();
    return out;
  }

  private static void writeInstant(CsvGenerator out, Instant instant) throws IOException {
    writeText(out, instant == null ? null : instant.toString());
  }

  private static void writeText(CsvGenerator out, String text) throws IOException {
    if (text == null) {
      out.writeNull();
    } else {
      out.writeString(text);
    }
  }

  /**
   * Rows written per file, then per interaction type (see {@link ImportSummary#rowsWritten()}).
   */
  Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    rows.forEach((file, count) -> counts.put(file.baseName(), count));
    interactionsByType.forEach((type, count) ->
        counts.put(OutputFile.INTERACTIONS.baseName() + TYPE_KEY_SEPARATOR + type.code(), count));
    return counts;
  }

  /** Finishes every file and gives it its final name. */
  void commit() throws IOException {
    for (CsvGenerator generator : generators.values()) {
      generator.close();
    }
    for (OutputFile file : generators.keySet()) {
      Files.move(part(file), outDir.resolve(file.fileName()), StandardCopyOption.ATOMIC_MOVE);
    }
    committed = true;
  }

  /** Deletes the part files unless {@link #commit()} succeeded. */
  @Override
  public void close() throws IOException {
    if (committed) {
      return;
    }
    IOException first = null;
    for (Map.Entry<OutputFile, CsvGenerator> open : generators.entrySet()) {
      try {
        open.getValue().close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
      Files.deleteIfExists(part(open.getKey()));
    }
    if (first != null) {
      throw first;
    }
  }
}
