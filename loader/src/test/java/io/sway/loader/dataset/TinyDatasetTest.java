package io.sway.loader.dataset;

import static io.sway.loader.dataset.Fixtures.collect;
import static io.sway.loader.dataset.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The {@code tiny} fixture: what it holds after cleaning, and how it is streamed. */
class TinyDatasetTest {
  private static Dataset tiny;

  @BeforeAll
  static void openTiny() throws Exception {
    tiny = Dataset.open(fixture("tiny"));
  }

  @Test
  void countsAfterCleaningMatchExpectedMd() throws IOException {
    Map<String, Long> expected = new LinkedHashMap<>();
    for (String line :
        Files.readAllLines(fixture("tiny").resolve("EXPECTED.md"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        String[] parts = line.split(":", 2);
        expected.put(parts[0].strip(), Long.parseLong(parts[1].strip()));
      }
    }
    assertEquals(expected, measuredCounts(tiny));
  }

  /** The counts named in {@code EXPECTED.md}, measured on the streams of {@code dataset}. */
  static Map<String, Long> measuredCounts(Dataset dataset) throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<Rows.Account> accounts = collect(dataset::forEachAccount);
    List<Rows.Ownership> owns = collect(dataset::forEachOwnership);
    List<Rows.Follow> follows = collect(dataset::forEachFollow);
    List<Rows.Post> posts = collect(dataset::forEachPost);
    List<Rows.Interaction> interactions = collect(dataset::forEachInteraction);
    counts.put("accounts", (long) accounts.size());
    for (String network : List.of("twitter", "bluesky")) {
      counts.put(
          "accounts." + network,
          accounts.stream().filter(a -> a.network().equals(network)).count());
    }
    counts.put("persons", (long) dataset.personCount());
    counts.put("owns", (long) owns.size());
    counts.put("follows", (long) follows.size());
    counts.put("posts", (long) posts.size());
    counts.put("reply_links", posts.stream().filter(p -> p.replyTo() != null).count());
    counts.put(
        "topics",
        (long) new TreeSet<>(posts.stream().flatMap(p -> p.topics().stream()).toList()).size());
    counts.put("post_topics", posts.stream().mapToLong(p -> p.topics().size()).sum());
    counts.put("interactions", (long) interactions.size());
    for (InteractionType type : InteractionType.values()) {
      counts.put(
          "interactions." + type.code(),
          interactions.stream().filter(i -> i.type() == type).count());
    }
    counts.put(
        "interactions.without_post", interactions.stream().filter(i -> i.postId() == null).count());
    counts.put("warnings.duplicate_follow", dataset.summary().count(WarningKind.DUPLICATE_FOLLOW));
    counts.put("warnings.self_follow", dataset.summary().count(WarningKind.SELF_FOLLOW));
    return counts;
  }

  @Test
  void rowCountsIncludeSkippedRows() {
    ValidationSummary summary = tiny.summary();
    assertEquals(8, summary.rows(DatasetFile.ACCOUNTS));
    assertEquals(12, summary.rows(DatasetFile.FOLLOWS));
    assertEquals(2, summary.skippedRows(DatasetFile.FOLLOWS));
    assertEquals(10, summary.keptRows(DatasetFile.FOLLOWS));
    assertEquals(12, summary.rows(DatasetFile.INTERACTIONS));
  }

  @Test
  void accountIndexesAreDenseInFileOrder() {
    assertEquals(8, tiny.accountCount());
    for (int i = 0; i < 8; i++) {
      assertEquals(i, tiny.accountIndex("a" + (i + 1)));
      assertEquals("a" + (i + 1), tiny.accountId(i));
    }
    assertEquals(-1, tiny.accountIndex("ghost"));
    assertEquals(-1, tiny.accountIndex(null));
  }

  @Test
  void postIndexesAreDenseInFileOrderWithTheirAuthors() {
    List<String> ids = List.of("t1", "t2", "t3", "t4", "b1", "b2");
    List<String> authors = List.of("a1", "a1", "a2", "a3", "a5", "a6");
    assertEquals(ids.size(), tiny.postCount());
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(i, tiny.postIndex(ids.get(i)));
      assertEquals(tiny.accountIndex(authors.get(i)), tiny.postAuthorIndex(i));
    }
    assertEquals(-1, tiny.postIndex("t9"));
  }

  @Test
  void personIndexesFollowFirstAppearance() {
    assertEquals(2, tiny.personCount());
    assertEquals(0, tiny.personIndex("p1"));
    assertEquals(1, tiny.personIndex("p2"));
    assertEquals("p2", tiny.personId(1));
    assertEquals(-1, tiny.personIndex("p3"));
  }

  @Test
  void followsStreamInFileOrderWithoutDuplicateAndSelfFollow() throws IOException {
    List<Rows.Follow> follows = collect(tiny::forEachFollow);
    List<Long> lines = follows.stream().map(Rows.Follow::line).toList();
    assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 8L, 9L, 10L, 12L, 13L), lines);
    Rows.Follow first = follows.getFirst();
    assertEquals("a2", first.followerId());
    assertEquals("a1", first.followeeId());
    assertEquals(Instant.parse("2024-01-10T00:00:00Z"), first.since());
    assertNull(follows.get(2).since());
  }

  @Test
  void everyStreamIsInFileOrder() throws IOException {
    assertAscending(collect(tiny::forEachAccount).stream().map(Rows.Account::line).toList());
    assertAscending(collect(tiny::forEachOwnership).stream().map(Rows.Ownership::line).toList());
    assertAscending(collect(tiny::forEachPost).stream().map(Rows.Post::line).toList());
    assertAscending(
        collect(tiny::forEachInteraction).stream().map(Rows.Interaction::line).toList());
  }

  @Test
  void streamsDeliverTheSameRowsEveryTime() throws IOException {
    assertEquals(collect(tiny::forEachFollow), collect(tiny::forEachFollow));
    assertEquals(collect(tiny::forEachInteraction), collect(tiny::forEachInteraction));
  }

  @Test
  void accountsAreCleaned() throws IOException {
    Map<String, Rows.Account> accounts = new HashMap<>();
    tiny.forEachAccount(a -> accounts.put(a.id(), a));
    Rows.Account alice = accounts.get("a1");
    assertEquals(
        new Rows.Account(
            2,
            "a1",
            "twitter",
            "alice",
            Instant.parse("2020-01-15T09:30:00Z"),
            "Alice Martin",
            true,
            "Writes about data, graphs and coffee"),
        alice);
    Rows.Account carol = accounts.get("a3");
    assertEquals("Line one\nline two", carol.bio());
    assertEquals(Instant.parse("2019-11-20T17:00:00Z"), carol.createdAt());
    assertNull(carol.verified());
    assertEquals(6, accounts.get("a4").line(), "a quoted cell over two lines moves later rows");
    assertEquals(Boolean.FALSE, accounts.get("a5").verified());
    assertEquals("bluesky", accounts.get("a8").network());
    assertNull(accounts.get("a8").displayName());
    assertEquals("Zoë Erin", accounts.get("a7").displayName());
  }

  @Test
  void postsHaveNormalizedTopicsAndReplies() throws IOException {
    List<Rows.Post> posts = collect(tiny::forEachPost);
    assertEquals(List.of("graphs", "neo4j", "data"), posts.get(0).topics());
    assertEquals(List.of(), posts.get(2).topics());
    assertEquals("t1", posts.get(2).replyTo());
    assertEquals(Instant.parse("2026-03-01T11:00:00Z"), posts.get(4).createdAt());
    assertEquals(Instant.parse("2026-03-03T00:00:00Z"), posts.get(3).createdAt());
  }

  @Test
  void interactionsKeepTheirPostAndTargetAsGiven() throws IOException {
    List<Rows.Interaction> interactions = collect(tiny::forEachInteraction);
    Rows.Interaction quotedTarget = interactions.get(1);
    assertEquals(InteractionType.RESHARE, quotedTarget.type());
    assertEquals("t1", quotedTarget.postId());
    assertEquals("a1", quotedTarget.targetAccountId());
    Rows.Interaction mention = interactions.get(10);
    assertEquals(InteractionType.MENTION, mention.type());
    assertNull(mention.postId());
    assertEquals("a5", mention.targetAccountId());
  }

  @Test
  void summaryPrintsRowCountsAndWarnings() {
    String text = tiny.summary().toString();
    assertTrue(text.contains("follows.csv"), text);
    assertTrue(text.contains("2 skipped"), text);
    assertTrue(text.contains("1 duplicate follow (skipped), first: follows.csv:7: "), text);
    assertTrue(
        text.contains("1 self-follow (skipped), first: follows.csv:11: 'a5' follows itself"), text);
  }

  @Test
  void progressReachesTheEndOfEveryFile() throws Exception {
    Map<DatasetFile, long[]> last = new LinkedHashMap<>();
    Dataset.open(fixture("tiny"), (file, read, total) -> last.put(file, new long[] {read, total}));
    assertEquals(
        List.of(
            DatasetFile.ACCOUNTS,
            DatasetFile.PERSONS,
            DatasetFile.POSTS,
            DatasetFile.FOLLOWS,
            DatasetFile.INTERACTIONS),
        new ArrayList<>(last.keySet()));
    for (Map.Entry<DatasetFile, long[]> entry : last.entrySet()) {
      long[] readAndTotal = entry.getValue();
      assertEquals(Files.size(tiny.file(entry.getKey()).orElseThrow()), readAndTotal[1]);
      assertEquals(readAndTotal[1], readAndTotal[0]);
    }
  }

  private static void assertAscending(List<Long> lines) {
    for (int i = 1; i < lines.size(); i++) {
      assertTrue(lines.get(i - 1) < lines.get(i), "lines " + lines + " are not ascending");
    }
  }
}
