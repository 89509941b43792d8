package io.sway.loader.evaluation;

import static io.sway.loader.evaluation.Days.ids;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundTruthTest {
  private static final String HEADER =
      "account_id,network,role,is_spam,person_id,community,interests,popularity,"
          + "latent_influence,farm_id,boosted_by_farm,has_bought_followers,bought_count,"
          + "bought_at,twin_of,pod_id,pod_since,sockpuppet_owner,inactive_from,pause_start,"
          + "pause_end";

  @TempDir Path temp;

  @Test
  void labelsAreAlignedWithTheDatabasesAccountOrder() throws IOException {
    Path file = write(
        HEADER,
        "a3,twitter,organic,false,,c1,art,1.0,0.5,,,false,,,a1,,,,,,",
        "a1,twitter,organic,false,,c1,art,1.0,0.5,,,true,300,2026-04-20T21:52:24Z,a3,,,,,,",
        "a0,twitter,spam,true,,,art,0.1,0.0,farm1,,false,,,,,,,,,",
        "a2,twitter,pod_member,false,,c1,art;books,2.0,1.25,,,false,,,,pod1,2026-03-16,,,,",
        "a4,twitter,paused,false,,c1,art,1.0,0.5,,,false,,,,,,,,2026-03-29,2026-04-05",
        "a5,twitter,inactive,false,,c1,art,1.0,0.5,,,false,,,,,,,2026-05-10,,");
    GroundTruth truth = GroundTruth.read(file, ids(6));

    assertTrue(truth.isSpam(0));
    assertFalse(truth.isSpam(1));
    assertEquals(1, truth.spamCount());
    assertEquals(1.25f, truth.latentInfluence(2));
    assertEquals(List.of(new GroundTruth.BuyerTwin(1, 3, 300, day("2026-04-20"))),
        truth.buyerTwins());
    assertEquals(1, truth.pods().size());
    assertEquals("pod1", truth.pods().getFirst().id());
    assertEquals(day("2026-03-16"), truth.pods().getFirst().sinceDay());
    assertArrayEquals(new int[] {2}, truth.pods().getFirst().members());
    assertEquals(0, truth.podOf(2));
    assertEquals(GroundTruth.NO_POD, truth.podOf(1));
    assertTrue(truth.isPausedOn(4, day("2026-04-04")));
    assertFalse(truth.isPausedOn(4, day("2026-04-05")));
    assertEquals(day("2026-05-10"), truth.inactiveFrom(5));
    assertEquals(ActivityLog.NO_DAY, truth.inactiveFrom(4));
  }

  @Test
  void aBadCellIsReportedWithItsLineColumnAndValue() throws IOException {
    Path file = write(
        HEADER,
        "a0,twitter,organic,false,,c1,art,1.0,0.5,,,false,,,,,,,,,",
        "a1,twitter,organic,maybe,,c1,art,1.0,0.5,,,false,,,,,,,,,");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GroundTruth.read(file, ids(2)));
    assertEquals("truth.csv:3: is_spam: expected true or false, was 'maybe'", e.getMessage());
  }

  @Test
  void anAccountMissingFromTheDatabaseIsRefused() throws IOException {
    Path file = write(HEADER, "zz,twitter,organic,false,,c1,art,1.0,0.5,,,false,,,,,,,,,");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GroundTruth.read(file, ids(1)));
    assertTrue(e.getMessage().startsWith("truth.csv:2: account_id: no such account"),
        e.getMessage());
  }

  @Test
  void databaseAccountsTheFileDoesNotDescribeAreRefused() throws IOException {
    Path file = write(HEADER, "a0,twitter,organic,false,,c1,art,1.0,0.5,,,false,,,,,,,,,");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GroundTruth.read(file, ids(3)));
    assertTrue(e.getMessage().startsWith("truth.csv does not describe 2 of the database's 3 "
        + "accounts (e.g. 'a1', 'a2')"), e.getMessage());
  }

  @Test
  void aFileWithoutTheLabelColumnsIsRefused() throws IOException {
    Path file = write("id,network,handle", "a0,twitter,@a0");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GroundTruth.read(file, ids(1)));
    assertEquals("truth.csv: missing column 'account_id' (is this a Sway truth.csv?)",
        e.getMessage());
  }

  @Test
  void aPauseMustEndAfterItStarts() throws IOException {
    Path file = write(HEADER,
        "a0,twitter,paused,false,,c1,art,1.0,0.5,,,false,,,,,,,,2026-04-05,2026-04-05");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GroundTruth.read(file, ids(1)));
    assertEquals("truth.csv:2: pause_end: must be after pause_start, was '2026-04-05'",
        e.getMessage());
  }

  private Path write(String... lines) throws IOException {
    Path file = temp.resolve("truth.csv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private static int day(String date) {
    return (int) LocalDate.parse(date).toEpochDay();
  }
}
