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
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the CSV and JSON Lines readers through {@link Dataset#open}: one file of a valid dataset
 * ({@code tiny} or {@code tiny-jsonl}) is mutated (bytes inserted, overwritten or deleted: CSV
 * and JSON punctuation, line breaks, ids, timestamps, byte-order marks, arbitrary bytes and
 * Unicode) or replaced by random bytes. Whatever the input, the dataset either opens and streams
 * every row, or is rejected with an {@link InvalidDatasetException} whose every problem reads
 * {@code file:line: ...} for a file of the folder; any other exception fails the test, which
 * names the seed of the try that failed, so it can be replayed. Each test draws its tries from a
 * fixed seed (the same inputs every run), and the tries are bounded so the class runs in a few
 * seconds; {@code -Dsway.fuzzSeed=N} runs other inputs.
 */
class DatasetReadersFuzzTest {
  private static final int TRIES = 150;
  private static final long SEED = Long.getLong("sway.fuzzSeed", 20261122L);
  private static final int MAX_EDITS = 6;
  private static final int MAX_FRAGMENTS = 300;

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

  @BeforeAll
  static void createWorkFolder() throws IOException {
    work = Files.createTempDirectory("sway-fuzz");
  }

  @AfterAll
  static void deleteWorkFolder() throws IOException {
    try (Stream<Path> all = Files.walk(work)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** One change to a file: insert, overwrite or delete at a relative position. */
  record Edit(int operation, double at, byte[] bytes) {}

  @Test
  void mutatedCsvIsReadOrRejectedWithALocatedProblem() throws IOException {
    tries(SEED, TRIES, random -> {
      List<Edit> edits = edits(random);
      return new Try("tiny", file(random) + ".csv", content -> mutate(content, edits));
    });
  }

  @Test
  void mutatedJsonLinesAreReadOrRejectedWithALocatedProblem() throws IOException {
    tries(SEED + 1, TRIES, random -> {
      List<Edit> edits = edits(random);
      return new Try("tiny-jsonl", file(random) + ".jsonl", content -> mutate(content, edits));
    });
  }

  @Test
  void randomBytesAreReadOrRejectedWithALocatedProblem() throws IOException {
    tries(SEED + 2, TRIES / 3 * 2, random -> {
      boolean csv = random.nextBoolean();
      List<byte[]> fragments = new ArrayList<>();
      for (int i = random.nextInt(MAX_FRAGMENTS + 1); i > 0; i--) {
        fragments.add(fragment(random));
      }
      return new Try(csv ? "tiny" : "tiny-jsonl", file(random) + (csv ? ".csv" : ".jsonl"),
          content -> concat(fragments));
    });
  }

  /** One input: a file of a base dataset and how it is changed. */
  private record Try(String base, String fileName, Change change) {}

  /** Runs {@code count} tries, each drawn from its own seed, itself drawn from {@code seed}. */
  private static void tries(long seed, int count, Function<SplittableRandom, Try> draw)
      throws IOException {
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int t = 0; t < count; t++) {
      long trySeed = seeds.nextLong();
      Try input = draw.apply(new SplittableRandom(trySeed));
      check(input.base(), input.fileName(), input.change(), trySeed);
    }
  }

  private static String file(SplittableRandom random) {
    return FILES.get(random.nextInt(FILES.size()));
  }

  private static List<Edit> edits(SplittableRandom random) {
    List<Edit> edits = new ArrayList<>();
    for (int i = 1 + random.nextInt(MAX_EDITS); i > 0; i--) {
      edits.add(new Edit(random.nextInt(3), random.nextDouble(), fragment(random)));
    }
    return edits;
  }

  /** Mostly fragments that matter to the readers; also raw bytes and random text. */
  private static byte[] fragment(SplittableRandom random) {
    int kind = random.nextInt(10);
    if (kind < 5) {
      return utf8(SPECIAL.get(random.nextInt(SPECIAL.size())));
    }
    if (kind < 7) {
      byte[] bytes = new byte[random.nextInt(7)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) random.nextInt(256);
      }
      return bytes;
    }
    StringBuilder text = new StringBuilder();
    boolean alphanumeric = kind == 9;
    for (int i = random.nextInt(alphanumeric ? 21 : 13); i > 0; i--) {
      text.appendCodePoint(alphanumeric
          ? "abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36))
          : random.nextInt(0x3000));
    }
    return utf8(text.toString());
  }

  private interface Change {
    byte[] apply(byte[] content);
  }

  /** Changes {@code fileName} in the work copy of {@code base}, opens it, and restores the file. */
  private static void check(String base, String fileName, Change change, long seed)
      throws IOException {
    Path dir = work.resolve(base);
    if (!Files.isDirectory(dir)) {
      Fixtures.copyOf(base, Files.createDirectories(dir));
    }
    Path file = dir.resolve(fileName);
    byte[] original = Files.readAllBytes(file);
    try {
      Files.write(file, change.apply(original));
      openOrReject(dir);
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError("try with seed " + seed + " on " + fileName + ": " + e, e);
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
