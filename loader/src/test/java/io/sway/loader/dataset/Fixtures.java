package io.sway.loader.dataset;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Dataset folders for tests: the fixtures under {@code datasets/}, and folders built in place. */
final class Fixtures {
  private Fixtures() {}

  /** A fixture folder under {@code src/test/resources/datasets/}. */
  static Path fixture(String name) {
    URL url = Fixtures.class.getResource("/datasets/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture datasets/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the fixture {@code name} into {@code dir}, to be changed by a test. */
  static Path copyOf(String name, Path dir) throws IOException {
    try (Stream<Path> files = Files.list(fixture(name))) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    return dir;
  }

  /** Writes {@code lines}, each ended by a line feed, to {@code dir/fileName}. */
  static Path write(Path dir, String fileName, String... lines) throws IOException {
    Files.writeString(
        dir.resolve(fileName), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return dir;
  }

  /** Writes {@code text} as it is to {@code dir/fileName}. */
  static Path writeText(Path dir, String fileName, String text) throws IOException {
    Files.writeString(dir.resolve(fileName), text, StandardCharsets.UTF_8);
    return dir;
  }

  /** Replaces the 1-based line {@code lineNumber} of {@code dir/fileName}. */
  static Path replaceLine(Path dir, String fileName, int lineNumber, String text)
      throws IOException {
    Path file = dir.resolve(fileName);
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(lineNumber - 1, text);
    Files.write(file, lines, StandardCharsets.UTF_8);
    return dir;
  }

  /** Appends {@code lines} to {@code dir/fileName}. */
  static Path append(Path dir, String fileName, String... lines) throws IOException {
    Path file = dir.resolve(fileName);
    List<String> all = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    all.addAll(List.of(lines));
    Files.write(file, all, StandardCharsets.UTF_8);
    return dir;
  }

  /** The smallest valid accounts file: a1..a3 on one network. */
  static Path minimalAccounts(Path dir) throws IOException {
    return write(
        dir,
        "accounts.csv",
        "id,network,handle,created_at",
        "a1,twitter,alice,2020-01-01",
        "a2,twitter,bob,2020-01-02",
        "a3,twitter,carol,2020-01-03");
  }

  /** Opens {@code dir}, which must be rejected, and returns the rejection. */
  static InvalidDatasetException rejection(Path dir) {
    return assertThrows(InvalidDatasetException.class, () -> Dataset.open(dir));
  }

  /** The problems of the rejected dataset {@code dir}, as users see them. */
  static List<String> problems(Path dir) {
    return rejection(dir).problems().stream().map(Problem::toString).toList();
  }

  static Dataset open(Path dir) {
    try {
      return Dataset.open(dir);
    } catch (InvalidDatasetException e) {
      throw new AssertionError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All rows one of the {@code forEach...} methods of a dataset delivers, in order. */
  static <T> List<T> collect(StreamCall<T> call) throws IOException {
    List<T> rows = new ArrayList<>();
    call.run(rows::add);
    return rows;
  }

  /** One of the {@code forEach...} methods of a dataset. */
  @FunctionalInterface
  interface StreamCall<T> {
    void run(RowConsumer<T> consumer) throws IOException;
  }
}
