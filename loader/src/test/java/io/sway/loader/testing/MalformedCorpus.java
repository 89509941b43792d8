package io.sway.loader.testing;

import io.sway.loader.dataset.DatasetFile;
import io.sway.loader.dataset.Problem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The malformed datasets every rejection test runs over: the folders under {@code
 * src/test/resources/malformed/} (listed in its {@code cases.txt}), each a full dataset with one
 * thing wrong and an {@code expected.txt} naming where, plus the cases that are awkward to commit
 * (bytes that are not UTF-8, files of many megabytes), written by {@link #generate}.
 *
 * <p>An {@code expected.txt} holds one line per problem the dataset must be rejected with, in
 * order: {@code file:line: field}, or {@code file:line} when the problem is the whole row or
 * header (malformed JSON, a row cut short inside a quote), or the folder's name when it is the
 * folder (a missing or doubled file).
 */
public final class MalformedCorpus {
  /** Where a problem must be reported; {@code field} is null for a whole row or file. */
  public record Location(String file, long line, String field) {
    public static Location of(Problem problem) {
      return new Location(problem.file(), problem.line(), problem.field());
    }

    static Location parse(String text) {
      int colon = text.indexOf(':');
      if (colon < 0) {
        return new Location(text, 0, null);
      }
      String file = text.substring(0, colon);
      String rest = text.substring(colon + 1);
      int field = rest.indexOf(':');
      long line = Long.parseLong(field < 0 ? rest.strip() : rest.substring(0, field).strip());
      return new Location(file, line, field < 0 ? null : rest.substring(field + 1).strip());
    }

    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + (field == null ? "" : ": " + field);
    }
  }

  /** One malformed dataset folder and the problems it must be rejected with. */
  public record Case(String name, Path dir, List<Location> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Rows of the generated large file; its one bad row is {@link #LARGE_BAD_ROW_FROM_END} from the end. */
  public static final int LARGE_ROWS = 1_000_000;

  public static final int LARGE_BAD_ROW_FROM_END = 10;

  private static final String ROOT = "/malformed/";
  private static final String EXPECTED = "expected.txt";

  private MalformedCorpus() {}

  /** The names of the committed cases, from {@code malformed/cases.txt}. */
  public static List<String> committedNames() {
    try (InputStream in = resource(ROOT + "cases.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every committed case into a folder of its own under {@code parent}. */
  public static List<Case> committed(Path parent) {
    List<Case> cases = new ArrayList<>();
    for (String name : committedNames()) {
      cases.add(copy(name, parent));
    }
    return cases;
  }

  /** Every case, committed and generated, under {@code parent}; {@code large} adds the 1M-row one. */
  public static List<Case> all(Path parent, boolean large) {
    List<Case> cases = new ArrayList<>(committed(parent));
    cases.addAll(generate(parent, large));
    return cases;
  }

  private static Case copy(String name, Path parent) {
    try {
      Path target = Files.createDirectories(parent.resolve(name));
      for (DatasetFile file : DatasetFile.values()) {
        for (String extension : new String[] {".csv", ".jsonl"}) {
          String fileName = file.baseName() + extension;
          try (InputStream in = MalformedCorpus.class.getResourceAsStream(ROOT + name + "/" + fileName)) {
            if (in != null) {
              Files.copy(in, target.resolve(fileName));
            }
          }
        }
      }
      List<Location> expected;
      try (InputStream in = resource(ROOT + name + "/" + EXPECTED)) {
        expected = new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(line -> !line.isBlank())
            .map(Location::parse)
            .toList();
      }
      return new Case(name, target, expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the cases that are not committed: bytes that are not UTF-8 (Latin-1, UTF-16, an
   * overlong form, a file ending inside a character), a JSON line over 16 MiB, a CSV cell over the
   * parser's 20-million-character limit, and, when {@code large}, a follows file of {@link
   * #LARGE_ROWS} rows with one unknown account {@link #LARGE_BAD_ROW_FROM_END} rows from its end.
   */
  public static List<Case> generate(Path parent, boolean large) {
    try {
      List<Case> cases = new ArrayList<>();
      Path dir = base(parent, "g01-follows-latin-1-byte");
      append(dir.resolve("follows.csv"), "a2,a\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
      cases.add(new Case(dir.getParent().getFileName().toString(), dir, List.of(new Location("follows.csv", 14, null))));

      dir = base(parent, "g02-interactions-jsonl-latin-1-byte");
      Files.delete(dir.resolve("interactions.csv"));
      Files.write(dir.resolve("interactions.jsonl"),
          ("{\"actor_id\":\"a1\",\"type\":\"like\",\"post_id\":\"t4\",\"at\":\"2026-03-01\"}\n"
              + "{\"actor_id\":\"a\u00e9\",\"type\":\"like\",\"post_id\":\"t4\",\"at\":\"2026-03-01\"}\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      cases.add(new Case(dir.getParent().getFileName().toString(), dir, List.of(new Location("interactions.jsonl", 2, null))));

      dir = base(parent, "g03-accounts-utf-16");
      Files.write(dir.resolve("accounts.csv"), withBom16(Files.readString(dir.resolve("accounts.csv"))));
      cases.add(new Case(dir.getParent().getFileName().toString(), dir, List.of(new Location("accounts.csv", 1, null))));

      dir = base(parent, "g04-posts-end-inside-a-character");
      append(dir.resolve("posts.csv"), new byte[] {'t', '9', ',', 'a', '1', ',', (byte) 0xC3});
      cases.add(new Case(dir.getParent().getFileName().toString(), dir, List.of(new Location("posts.csv", 8, null))));

      dir = base(parent, "g05-accounts-overlong-utf-8");
      append(dir.resolve("accounts.csv"), new byte[] {'a', '9', ',', 't', 'w', 'i', 't', 't', 'e', 'r', ',',
          'x', (byte) 0xC0, (byte) 0xAF, ',', '2', '0', '2', '0', '-', '0', '1', '-', '0', '1', ',', ',', ',', ',', '\n'});
      cases.add(new Case(dir.getParent().getFileName().toString(), dir, List.of(new Location("accounts.csv", 11, null))));

      dir = base(parent, "g06-accounts-jsonl-line-over-16-mib");
      Files.delete(dir.resolve("accounts.csv"));
      try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("accounts.jsonl"))) {
        for (int i = 1; i <= 8; i++) {
          out.write("{\"id\":\"a" + i + "\",\"network\":\"twitter\",\"handle\":\"h" + i
              + "\",\"created_at\":\"2020-01-01\"}\n");
        }
        out.write("{\"id\":\"a9\",\"network\":\"twitter\",\"handle\":\"h9\",\"created_at\":\"2020-01-01\",\"bio\":\"");
        out.write("b".repeat(17 * 1024 * 1024));
        out.write("\"}\n");
      }
      cases.add(new Case(dir.getParent().getFileName().toString(), dir, List.of(new Location("accounts.jsonl", 9, null))));

      dir = base(parent, "g07-accounts-cell-over-parser-limit");
      try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("accounts.csv"),
          StandardOpenOption.APPEND)) {
        out.write("a9,twitter,nine,2020-01-01,,,\"");
        out.write("b".repeat(21_000_000));
        out.write("\",\n");
      }
      cases.add(new Case(dir.getParent().getFileName().toString(), dir, List.of(new Location("accounts.csv", 11, null))));

      dir = base(parent, "g08-accounts-bio-too-long");
      try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("accounts.csv"),
          StandardOpenOption.APPEND)) {
        out.write("a9,twitter,nine,2020-01-01,,,\"" + "b".repeat(2_000_000) + "\",\n");
      }
      cases.add(new Case(dir.getParent().getFileName().toString(), dir, List.of(new Location("accounts.csv", 11, "bio"))));

      if (large) {
        cases.add(large(parent));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #LARGE_ROWS} distinct follows among 2,000 accounts, one naming an unknown followee. */
  private static Case large(Path parent) throws IOException {
    Path dir = Files.createDirectories(parent.resolve("g09-follows-million-rows-one-bad"));
    int accounts = 2_000;
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("accounts.csv"))) {
      out.write("id,network,handle,created_at\n");
      for (int a = 0; a < accounts; a++) {
        out.write("a" + a + ",twitter,h" + a + ",2020-01-01\n");
      }
    }
    long badLine = LARGE_ROWS + 1 - LARGE_BAD_ROW_FROM_END;
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("follows.csv"), StandardCharsets.UTF_8)) {
      out.write("follower_id,followee_id,since\n");
      for (int i = 0; i < LARGE_ROWS; i++) {
        int follower = i % accounts;
        int followee = (follower + 1 + i / accounts) % accounts;
        boolean bad = i + 2 == badLine;
        out.write("a" + follower + "," + (bad ? "ghost" : "a" + followee) + ",2024-01-01\n");
      }
    }
    return new Case(dir.getFileName().toString(), dir,
        List.of(new Location("follows.csv", badLine, "followee_id")));
  }

  /** A copy of the valid {@code tiny} dataset named {@code name}, to be broken. */
  private static Path base(Path parent, String name) throws IOException {
    return TestDatasets.copy(TestDatasets.TINY, Files.createDirectories(parent.resolve(name)));
  }

  private static void append(Path file, byte[] bytes) throws IOException {
    Files.write(file, bytes, StandardOpenOption.APPEND);
  }

  private static byte[] withBom16(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(body, 0, all, 2, body.length);
    return all;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = MalformedCorpus.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("no test resource " + name);
    }
    return in;
  }
}
