package io.sway.benchmarks.loading;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Splits a generated dataset into a base and a delta for the incremental-load measurement: every
 * n-th follow and interaction goes to the delta, the rest to the base, which
 * also keeps every account, person and post. The delta carries only the accounts and posts its
 * rows name (and the posts those reply to), so loading it on top of the base adds exactly its
 * follows and interactions.
 *
 * <p>Works line by line on the generator's own files, whose follows, posts and interactions have
 * no quoted fields and whose ids come first on every line.
 */
final class DeltaSplit {

  private DeltaSplit() {}

  /** Writes {@code base} and {@code delta} dataset folders from {@code full}. */
  static void split(Path full, Path base, Path delta, int every) throws IOException {
    Files.createDirectories(base);
    Files.createDirectories(delta);
    Set<String> accounts = new HashSet<>();
    Set<String> posts = new HashSet<>();
    splitRows(full, base, delta, every, "follows.csv", fields -> {
      accounts.add(fields[0]);
      accounts.add(fields[1]);
    });
    splitRows(full, base, delta, every, "interactions.csv", fields -> {
      accounts.add(fields[0]);
      if (!fields[2].isEmpty()) {
        posts.add(fields[2]);
      }
      if (fields.length > 3 && !fields[3].isEmpty()) {
        accounts.add(fields[3]);
      }
    });
    Map<String, String[]> postRows = new HashMap<>();
    String postHeader;
    try (BufferedReader in = reader(full, "posts.csv");
        BufferedWriter out = writer(base, "posts.csv")) {
      postHeader = in.readLine();
      out.write(postHeader);
      out.newLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(line);
        out.newLine();
        String id = line.substring(0, line.indexOf(','));
        postRows.put(id, line.split(",", -1));
      }
    }
    // posts replied to, transitively
    java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(posts);
    while (!pending.isEmpty()) {
      String[] row = postRows.get(pending.pop());
      if (row != null && row.length > 4 && !row[4].isEmpty() && posts.add(row[4])) {
        pending.push(row[4]);
      }
    }
    try (BufferedWriter out = writer(delta, "posts.csv")) {
      out.write(postHeader);
      out.newLine();
      for (String id : posts) {
        String[] row = postRows.get(id);
        accounts.add(row[1]);
        out.write(String.join(",", row));
        out.newLine();
      }
    }
    postRows.clear();
    try (BufferedReader in = reader(full, "accounts.csv");
        BufferedWriter toBase = writer(base, "accounts.csv");
        BufferedWriter toDelta = writer(delta, "accounts.csv")) {
      String header = in.readLine();
      for (BufferedWriter out : new BufferedWriter[] {toBase, toDelta}) {
        out.write(header);
        out.newLine();
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        toBase.write(line);
        toBase.newLine();
        if (accounts.contains(line.substring(0, line.indexOf(',')))) {
          toDelta.write(line);
          toDelta.newLine();
        }
      }
    }
    Files.copy(full.resolve("persons.csv"), base.resolve("persons.csv"));
  }

  private interface RowNames {
    void accept(String[] fields);
  }

  private static void splitRows(
      Path full, Path base, Path delta, int every, String file, RowNames names)
      throws IOException {
    try (BufferedReader in = reader(full, file);
        BufferedWriter toBase = writer(base, file);
        BufferedWriter toDelta = writer(delta, file)) {
      String header = in.readLine();
      for (BufferedWriter out : new BufferedWriter[] {toBase, toDelta}) {
        out.write(header);
        out.newLine();
      }
      long row = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (++row % every == 0) {
          toDelta.write(line);
          toDelta.newLine();
          names.accept(line.split(",", -1));
        } else {
          toBase.write(line);
          toBase.newLine();
        }
      }
    }
  }

  private static BufferedReader reader(Path dir, String file) throws IOException {
    return Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
  }

  private static BufferedWriter writer(Path dir, String file) throws IOException {
    return Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
  }
}
