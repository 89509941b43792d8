package io.sway.loader.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes the CSV and JSON Lines readers through {@link Dataset#open}: one file of a valid dataset
 * ({@code tiny} or {@code tiny-jsonl}) is mutated (bytes inserted, overwritten or deleted: CSV
 * and JSON punctuation, line breaks, ids, timestamps, byte-order marks, arbitrary bytes and
 * Unicode) or replaced by random bytes. Whatever the input, the dataset either opens and streams
 * every row, or is rejected with an {@link InvalidDatasetException} whose every problem reads
 * {@code file:line: ...} for a file of the folder; any other exception fails the property.
 * Tries are bounded so the whole class runs in a few seconds.
 */
class DatasetReadersFuzzTest {
  private static final int TRIES = 150;

  private static final List<String> FILES =
      List.of("accounts", "persons", "follows", "posts", "interactions");

  /** Fragments that matter to the readers and the validator. */
  private static final List<String> SPECIAL =
      List.of(",", "\"", "\"\"", "\n", "\r\n", "\r", ";", "{", "}", "[", "]", ":", "null", "true",
          "\uFEFF", "\\", "\\u0000", "\u0000", "\t", " ", "2026-03-01", "2026-03-01T12:00:00Z",
          "+999999999-12-31", "3026-01-01", "1e999", "99999999999999999999", "a1", "a5", "t1",
          "p1", "ghost", "id", "at", "like", "reshare", "{\"id\":\"a9\"}", "\"id\":", "é", "😀");

  private static final Pattern LOCATED = Pattern.compile("[^:]+(:\\d+)?: .+", Pattern.DOTALL);

  private static Path work;

  @BeforeContainer
  static void createWorkFolder() throws IOException {
    work = Files.createTempDirectory("sway-fuzz");
  }

  @AfterContainer
  static void deleteWorkFolder() throws IOException {
    try (Stream<Path> all = Files.walk(work)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** One change to a file: insert, overwrite or delete at a relative position. */
  record Edit(int operation, double at, byte[] bytes) {}

  @Property(tries = TRIES)
  void mutatedCsvIsReadOrRejectedWithALocatedProblem(
      @ForAll("files") String file, @ForAll @Size(min = 1, max = 6) List<@From("edits") Edit> edits)
      throws IOException {
    check("tiny", file + ".csv", content -> mutate(content, edits));
  }

  @Property(tries = TRIES)
  void mutatedJsonLinesAreReadOrRejectedWithALocatedProblem(
      @ForAll("files") String file, @ForAll @Size(min = 1, max = 6) List<@From("edits") Edit> edits)
      throws IOException {
    check("tiny-jsonl", file + ".jsonl", content -> mutate(content, edits));
  }

  @Property(tries = TRIES / 3 * 2)
  void randomBytesAreReadOrRejectedWithALocatedProblem(
      @ForAll("files") String file,
      @ForAll boolean csv,
      @ForAll @Size(max = 300) List<@From("fragments") byte[]> fragments)
      throws IOException {
    check(csv ? "tiny" : "tiny-jsonl", file + (csv ? ".csv" : ".jsonl"),
        content -> concat(fragments));
  }

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of(FILES);
  }

  @Provide
  Arbitrary<Edit> edits() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1), fragments())
        .as(Edit::new);
  }

  @Provide
  Arbitrary<byte[]> fragments() {
    return Arbitraries.frequencyOf(
        Tuple.of(5, Arbitraries.of(SPECIAL).map(DatasetReadersFuzzTest::utf8)),
        Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(6)),
        Tuple.of(2, Arbitraries.strings().ofMaxLength(12).map(DatasetReadersFuzzTest::utf8)),
        Tuple.of(1, Arbitraries.strings().alpha().numeric().ofMaxLength(20).map(DatasetReadersFuzzTest::utf8)));
  }

  private interface Change {
    byte[] apply(byte[] content);
  }

  /** Changes {@code fileName} in the work copy of {@code base}, opens it, and restores the file. */
  private static void check(String base, String fileName, Change change) throws IOException {
    Path dir = work.resolve(base);
    if (!Files.isDirectory(dir)) {
      Fixtures.copyOf(base, Files.createDirectories(dir));
    }
    Path file = dir.resolve(fileName);
    byte[] original = Files.readAllBytes(file);
    try {
      Files.write(file, change.apply(original));
      openOrReject(dir);
    } finally {
      Files.write(file, original);
    }
  }

  /** Opens {@code dir} and streams every row; a rejection must locate each problem. */
  private static void openOrReject(Path dir) throws IOException {
    Dataset dataset;
    try {
      dataset = Dataset.open(dir);
    } catch (InvalidDatasetException rejection) {
      Set<String> names = fileNames(dir);
      for (Problem problem : rejection.problems()) {
        String text = problem.toString();
        if (!names.contains(problem.file())
            || problem.line() < 0
            || problem.message().isBlank()
            || !LOCATED.matcher(text).matches()) {
          throw new AssertionError("problem not located in a file of the folder: " + text);
        }
      }
      return;
    }
    List<Object> rows = new ArrayList<>();
    dataset.forEachAccount(rows::add);
    dataset.forEachOwnership(rows::add);
    dataset.forEachFollow(rows::add);
    dataset.forEachPost(rows::add);
    dataset.forEachInteraction(rows::add);
  }

  private static Set<String> fileNames(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      Set<String> names = new java.util.HashSet<>();
      files.forEach(f -> names.add(f.getFileName().toString()));
      names.add(dir.getFileName().toString());
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] mutate(byte[] content, List<Edit> edits) {
    byte[] result = content;
    for (Edit edit : edits) {
      int at = (int) (edit.at() * result.length);
      byte[] bytes = edit.bytes();
      result = switch (edit.operation()) {
        case 0 -> splice(result, at, 0, bytes);
        case 1 -> splice(result, at, Math.min(bytes.length, result.length - at), bytes);
        default -> splice(result, at, Math.min(Math.max(1, bytes.length), result.length - at), new byte[0]);
      };
    }
    return result;
  }

  /** {@code content} with {@code removed} bytes at {@code at} replaced by {@code inserted}. */
  private static byte[] splice(byte[] content, int at, int removed, byte[] inserted) {
    byte[] result = new byte[content.length - removed + inserted.length];
    System.arraycopy(content, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(content, at + removed, result, at + inserted.length, content.length - at - removed);
    return result;
  }

  private static byte[] concat(List<byte[]> fragments) {
    int length = 0;
    for (byte[] fragment : fragments) {
      length += fragment.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] fragment : fragments) {
      System.arraycopy(fragment, 0, all, at, fragment.length);
      at += fragment.length;
    }
    return all;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
