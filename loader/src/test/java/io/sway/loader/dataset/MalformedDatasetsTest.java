package io.sway.loader.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.testing.MalformedCorpus;
import io.sway.loader.testing.MalformedCorpus.Case;
import io.sway.loader.testing.MalformedCorpus.Location;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed dataset of the corpus ({@link MalformedCorpus}) is rejected by validation alone,
 * with exactly the problems its {@code expected.txt} names (file, line, field), each message
 * naming what is wrong, and never with another exception. The command line's exit code and the
 * untouched database are checked over the same corpus in the cli module's {@code SwayCommandIT}.
 */
class MalformedDatasetsTest {
  /** The corpus must stay at least this large (issue 7 asks for 50). */
  private static final int MINIMUM_CASES = 50;

  @TempDir Path temp;

  @Test
  void everyMalformedDatasetIsRejectedNamingFileLineAndField() {
    List<Case> cases = MalformedCorpus.all(temp, true);
    assertTrue(cases.size() >= MINIMUM_CASES, "corpus has " + cases.size() + " cases");
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      String failure = check(c);
      if (failure != null) {
        failures.add(c.name() + ": " + failure);
      }
    }
    assertEquals(List.of(), failures, failures.size() + " of " + cases.size() + " cases");
  }

  @Test
  void casesListMatchesTheFoldersOnDisk() throws IOException, URISyntaxException {
    Path root = Path.of(MalformedDatasetsTest.class.getResource("/malformed").toURI());
    try (Stream<Path> folders = Files.list(root)) {
      List<String> onDisk =
          folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(onDisk, MalformedCorpus.committedNames().stream().sorted().toList());
    }
    for (String name : MalformedCorpus.committedNames()) {
      assertTrue(Files.isRegularFile(root.resolve(name).resolve("expected.txt")), name);
    }
  }

  /** Null when the case is rejected as expected, else what went wrong. */
  private static String check(Case c) {
    InvalidDatasetException rejection;
    try {
      Dataset.open(c.dir());
      return "accepted";
    } catch (InvalidDatasetException e) {
      rejection = e;
    } catch (IOException | RuntimeException e) {
      return "failed with " + e;
    }
    List<Location> found = rejection.problems().stream().map(Location::of).toList();
    if (!found.equals(c.expected()) || rejection.totalCount() != c.expected().size()) {
      return "expected " + c.expected() + ", got " + rejection.getMessage();
    }
    for (Problem problem : rejection.problems()) {
      String text = problem.toString();
      if (problem.message().isBlank() || !text.startsWith(Location.of(problem).toString() + ": ")) {
        return "unclear message: " + text;
      }
    }
    return null;
  }

  @Test
  void locationsParseAsWritten() {
    assertEquals(new Location("follows.csv", 5, "followee_id"),
        Location.of(new Problem("follows.csv", 5, "followee_id", "unknown account 'x'")));
    assertEquals("follows.csv:5: followee_id",
        new Location("follows.csv", 5, "followee_id").toString());
    assertFalse(new Location("f.csv", 2, null).toString().contains("null"));
  }

}
