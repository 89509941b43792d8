package io.sway.loader.dataset;

import static io.sway.loader.dataset.Fixtures.collect;
import static io.sway.loader.dataset.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code tiny} and {@code tiny-jsonl} hold the same data, as CSV and as JSON Lines. */
class CsvAndJsonlTest {
  private static Dataset csv;
  private static Dataset jsonl;

  @BeforeAll
  static void openBoth() throws Exception {
    csv = Dataset.open(fixture("tiny"));
    jsonl = Dataset.open(fixture("tiny-jsonl"));
  }

  @Test
  void bothFormatsGiveTheSameAccounts() throws IOException {
    assertSameRows(
        collect(csv::forEachAccount),
        collect(jsonl::forEachAccount),
        a ->
            new Rows.Account(
                0,
                a.id(),
                a.network(),
                a.handle(),
                a.createdAt(),
                a.displayName(),
                a.verified(),
                a.bio()));
  }

  @Test
  void bothFormatsGiveTheSameOwnerships() throws IOException {
    assertSameRows(
        collect(csv::forEachOwnership),
        collect(jsonl::forEachOwnership),
        o -> new Rows.Ownership(0, o.personId(), o.accountId()));
  }

  @Test
  void bothFormatsGiveTheSameFollows() throws IOException {
    assertSameRows(
        collect(csv::forEachFollow),
        collect(jsonl::forEachFollow),
        f -> new Rows.Follow(0, f.followerId(), f.followeeId(), f.since()));
  }

  @Test
  void bothFormatsGiveTheSamePosts() throws IOException {
    assertSameRows(
        collect(csv::forEachPost),
        collect(jsonl::forEachPost),
        p -> new Rows.Post(0, p.id(), p.authorId(), p.createdAt(), p.topics(), p.replyTo()));
  }

  @Test
  void bothFormatsGiveTheSameInteractions() throws IOException {
    assertSameRows(
        collect(csv::forEachInteraction),
        collect(jsonl::forEachInteraction),
        i ->
            new Rows.Interaction(
                0, i.actorId(), i.type(), i.postId(), i.targetAccountId(), i.at()));
  }

  @Test
  void bothFormatsGiveTheSameIndexesAndCounts() throws IOException {
    assertEquals(csv.accountCount(), jsonl.accountCount());
    assertEquals(csv.postCount(), jsonl.postCount());
    assertEquals(csv.personCount(), jsonl.personCount());
    for (int i = 0; i < csv.accountCount(); i++) {
      assertEquals(csv.accountId(i), jsonl.accountId(i));
    }
    for (int i = 0; i < csv.postCount(); i++) {
      assertEquals(csv.postAuthorIndex(i), jsonl.postAuthorIndex(i));
    }
    assertEquals(TinyDatasetTest.measuredCounts(csv), TinyDatasetTest.measuredCounts(jsonl));
  }

  @Test
  void jsonLinesCountBlankLinesInLineNumbers() throws IOException {
    List<Long> lines = collect(jsonl::forEachAccount).stream().map(Rows.Account::line).toList();
    assertEquals(List.of(1L, 2L, 3L, 4L, 6L, 7L, 8L, 9L), lines);
  }

  /** Compares rows without their line numbers, which differ between the formats. */
  private static <T> void assertSameRows(
      List<T> fromCsv, List<T> fromJsonl, Function<T, T> withoutLine) {
    assertEquals(
        fromCsv.stream().map(withoutLine).toList(), fromJsonl.stream().map(withoutLine).toList());
  }
}
