package io.sway.loader.dataset;

import static io.sway.loader.dataset.Fixtures.collect;
import static io.sway.loader.dataset.Fixtures.minimalAccounts;
import static io.sway.loader.dataset.Fixtures.open;
import static io.sway.loader.dataset.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Harmless oddities are counted, reported with a first example, and skipped consistently. */
class DatasetWarningsTest {
  @TempDir Path dir;

  @Test
  void duplicateFollowsAreSkippedWhateverTheirSince() throws IOException {
    minimalAccounts(dir);
    write(
        dir,
        "follows.csv",
        "follower_id,followee_id,since",
        "a1,a2,2024-01-01",
        "a2,a1,",
        "a1,a2,2025-01-01",
        "a1,a2,");
    Dataset dataset = open(dir);
    ValidationSummary.Warning warning =
        dataset.summary().warning(WarningKind.DUPLICATE_FOLLOW).orElseThrow();
    assertEquals(2, warning.count());
    assertEquals(
        new Problem("follows.csv", 4, null, "'a1' already follows 'a2' on an earlier line"),
        warning.firstExample());
    List<Rows.Follow> follows = collect(dataset::forEachFollow);
    assertEquals(List.of(2L, 3L), follows.stream().map(Rows.Follow::line).toList());
    assertEquals(4, dataset.summary().rows(DatasetFile.FOLLOWS));
    assertEquals(2, dataset.summary().keptRows(DatasetFile.FOLLOWS));
  }

  @Test
  void selfFollowsAreSkipped() throws IOException {
    minimalAccounts(dir);
    write(dir, "follows.csv", "follower_id,followee_id", "a3,a3", "a1,a3", "a3,a3");
    Dataset dataset = open(dir);
    assertEquals(2, dataset.summary().count(WarningKind.SELF_FOLLOW));
    assertEquals(0, dataset.summary().count(WarningKind.DUPLICATE_FOLLOW));
    assertEquals(
        List.of(3L), collect(dataset::forEachFollow).stream().map(Rows.Follow::line).toList());
  }

  @Test
  void duplicatePersonRowsAreSkipped() throws IOException {
    minimalAccounts(dir);
    write(dir, "persons.csv", "person_id,account_id", "p1,a1", "p1,a2", "p1,a1");
    Dataset dataset = open(dir);
    assertEquals(
        new Problem("persons.csv", 4, null, "person 'p1' already owns account 'a1' (line 2)"),
        dataset.summary().warning(WarningKind.DUPLICATE_OWNERSHIP).orElseThrow().firstExample());
    assertEquals(
        List.of(new Rows.Ownership(2, "p1", "a1"), new Rows.Ownership(3, "p1", "a2")),
        collect(dataset::forEachOwnership));
    assertEquals(1, dataset.personCount());
  }

  @Test
  void exactDuplicateInteractionsAreSkipped() throws IOException {
    minimalAccounts(dir);
    write(dir, "posts.csv", "id,author_id,created_at", "t1,a1,2026-03-01");
    write(
        dir,
        "interactions.csv",
        "actor_id,type,post_id,target_account_id,at",
        "a2,like,t1,,2026-03-01T10:00:00Z",
        "a2,LIKE,t1,a1,2026-03-01T12:00:00+02:00",
        "a2,like,t1,,2026-03-01T10:00:01Z",
        "a2,reshare,t1,,2026-03-01T10:00:00Z",
        "a3,like,t1,,2026-03-01T10:00:00Z",
        "a2,mention,,a3,2026-03-01T10:00:00Z",
        "a2,mention,,a3,2026-03-01T10:00:00.000Z",
        "a2,mention,,a1,2026-03-01T10:00:00Z");
    Dataset dataset = open(dir);
    ValidationSummary.Warning duplicates =
        dataset.summary().warning(WarningKind.DUPLICATE_INTERACTION).orElseThrow();
    assertEquals(2, duplicates.count());
    assertEquals(
        new Problem(
            "interactions.csv",
            3,
            null,
            "same actor, type, post and time as an "
                + "earlier row: 'a2' like post 't1' at 2026-03-01T10:00:00Z"),
        duplicates.firstExample());
    assertEquals(
        List.of(2L, 4L, 5L, 6L, 7L, 9L),
        collect(dataset::forEachInteraction).stream().map(Rows.Interaction::line).toList());
  }

  @Test
  void interactionsDifferingBelowTheMillisecondAreKept() throws IOException {
    minimalAccounts(dir);
    write(
        dir,
        "interactions.csv",
        "actor_id,type,target_account_id,at",
        "a1,mention,a2,2026-03-01T10:00:00.000000001Z",
        "a1,mention,a2,2026-03-01T10:00:00.000000002Z",
        "a1,mention,a2,2026-03-01T10:00:00.000000001Z");
    Dataset dataset = open(dir);
    assertEquals(1, dataset.summary().count(WarningKind.DUPLICATE_INTERACTION));
    assertEquals(2, collect(dataset::forEachInteraction).size());
  }

  @Test
  void selfEngagementIsKeptAndCounted() throws IOException {
    minimalAccounts(dir);
    write(dir, "posts.csv", "id,author_id,created_at", "t1,a1,2026-03-01", "t2,a2,2026-03-01");
    write(
        dir,
        "interactions.csv",
        "actor_id,type,post_id,target_account_id,at",
        "a2,like,t1,,2026-03-01",
        "a1,reshare,t1,,2026-03-02",
        "a3,mention,,a3,2026-03-02",
        "a1,reshare,t1,,2026-03-02");
    Dataset dataset = open(dir);
    ValidationSummary.Warning selfEngagement =
        dataset.summary().warning(WarningKind.SELF_ENGAGEMENT).orElseThrow();
    assertEquals(2, selfEngagement.count(), "the repeated row is a duplicate, not counted twice");
    assertEquals(
        new Problem("interactions.csv", 3, null, "'a1' interacts with its own post 't1' (reshare)"),
        selfEngagement.firstExample());
    assertEquals(1, dataset.summary().count(WarningKind.DUPLICATE_INTERACTION));
    assertEquals(
        List.of(2L, 3L, 4L),
        collect(dataset::forEachInteraction).stream().map(Rows.Interaction::line).toList());
    assertEquals(0, dataset.summary().skippedRows(DatasetFile.POSTS));
    assertEquals(1, dataset.summary().skippedRows(DatasetFile.INTERACTIONS));
  }

  @Test
  void warningsAreListedInKindOrderAndPrinted() throws IOException {
    minimalAccounts(dir);
    write(dir, "follows.csv", "follower_id,followee_id", "a1,a1", "a1,a2", "a1,a2");
    write(dir, "persons.csv", "person_id,account_id", "p1,a1", "p1,a1");
    ValidationSummary summary = open(dir).summary();
    assertEquals(
        List.of(
            WarningKind.DUPLICATE_OWNERSHIP, WarningKind.DUPLICATE_FOLLOW, WarningKind.SELF_FOLLOW),
        summary.warnings().stream().map(ValidationSummary.Warning::kind).toList());
    String text = summary.toString();
    assertTrue(text.contains("1 duplicate person row (skipped), first: persons.csv:3: "), text);
    assertTrue(
        text.contains("1 self-follow (skipped), first: follows.csv:2: 'a1' follows itself"), text);
  }

  @Test
  void datasetWithoutOdditiesHasNoWarnings() throws IOException {
    minimalAccounts(dir);
    ValidationSummary summary = open(dir).summary();
    assertEquals(List.of(), summary.warnings());
    assertTrue(summary.toString().endsWith("no warnings"), summary.toString());
    assertEquals(0, summary.rows(DatasetFile.FOLLOWS), "absent files have no rows");
  }
}
