package io.sway.loader.neo4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.graph.GraphSnapshot;
import io.sway.engine.model.Activity;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.synthetic.GeneratorConfig;
import io.sway.loader.synthetic.SyntheticNetwork;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-process and the Bolt readers of {@link ActivityExtractor} give the same arrays on a
 * generated network, and keep to the window (which is shorter than the generated span).
 */
class ActivityExtractionIT {
  private static final int ACCOUNTS = 1_000;
  private static final long SEED = 11;
  private static final Duration WINDOW = Duration.ofDays(60);

  @TempDir Path temp;

  @Test
  void inProcessAndBoltExtractionsAreIdentical() throws Exception {
    GeneratorConfig config = GeneratorConfig.builder(ACCOUNTS, SEED).build();
    Path dataset = temp.resolve("dataset");
    SyntheticNetwork.write(config, dataset);
    Path home = temp.resolve("home");
    new BulkImporter(home, EmbeddedNeo4j.DEFAULT_DATABASE).importDataset(Dataset.open(dataset));
    Instant to = config.endDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant from = to.minus(WINDOW);

    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, EmbeddedNeo4j.DEFAULT_DATABASE, 0);
        SwayDatabase database = SwayDatabase.attach(neo4j)) {
      ActivityExtractor.Extracted inProcess =
          new ActivityExtractor(database, ActivityExtractor.Reader.IN_PROCESS).extract(from, to);
      ActivityExtractor.Extracted bolt =
          new ActivityExtractor(database, ActivityExtractor.Reader.BOLT).extract(from, to);

      Activity a = inProcess.activity();
      assertEquals(ACCOUNTS, a.accountCount());
      assertTrue(a.follows().edgeCount() > ACCOUNTS, "follows: " + a.follows().edgeCount());
      assertTrue(a.eventCount() > ACCOUNTS, "events: " + a.eventCount());
      assertTrue(a.postCount() > 0, "posts: " + a.postCount());
      assertIdentical(a, bolt.activity());
      assertEquals(inProcess.accountIds(), bolt.accountIds());
      assertEquals(inProcess.postIds(), bolt.postIds());
      assertEquals(inProcess.personIds(), bolt.personIds());
      assertEquals(inProcess.relationships(), bolt.relationships());
      for (int e = 0; e < a.eventCount(); e++) {
        assertTrue(a.eventAt()[e] >= from.getEpochSecond() && a.eventAt()[e] <= to.getEpochSecond(),
            "event " + e + " at " + a.eventAt()[e] + " is outside the window");
      }
    }
  }

  private static void assertIdentical(Activity expected, Activity actual) {
    assertEquals(expected.windowStart(), actual.windowStart());
    assertEquals(expected.asOf(), actual.asOf());
    assertArrayEquals(expected.createdAt(), actual.createdAt(), "createdAt");
    assertArrayEquals(expected.verified(), actual.verified(), "verified");
    assertArrayEquals(expected.network(), actual.network(), "network");
    assertEquals(expected.networks(), actual.networks(), "networks");
    assertArrayEquals(expected.person(), actual.person(), "person");
    assertSameGraph(expected.follows(), actual.follows());
    assertEquals(expected.postCount(), actual.postCount(), "postCount");
    assertArrayEquals(expected.postAuthor(), actual.postAuthor(), "postAuthor");
    assertArrayEquals(expected.postCreatedAt(), actual.postCreatedAt(), "postCreatedAt");
    assertArrayEquals(expected.postReplyTo(), actual.postReplyTo(), "postReplyTo");
    assertArrayEquals(expected.postTopicOffsets(), actual.postTopicOffsets(), "postTopicOffsets");
    assertArrayEquals(expected.postTopics(), actual.postTopics(), "postTopics");
    assertEquals(expected.topics(), actual.topics(), "topics");
    assertEquals(expected.eventCount(), actual.eventCount(), "eventCount");
    assertArrayEquals(expected.eventActor(), actual.eventActor(), "eventActor");
    assertArrayEquals(expected.eventTarget(), actual.eventTarget(), "eventTarget");
    assertArrayEquals(expected.eventPost(), actual.eventPost(), "eventPost");
    assertArrayEquals(expected.eventType(), actual.eventType(), "eventType");
    assertArrayEquals(expected.eventAt(), actual.eventAt(), "eventAt");
  }

  private static void assertSameGraph(GraphSnapshot expected, GraphSnapshot actual) {
    assertEquals(expected.vertexCount(), actual.vertexCount(), "follow vertices");
    assertEquals(expected.edgeCount(), actual.edgeCount(), "follow edges");
    for (int e = 0; e < expected.edgeCount(); e++) {
      assertEquals(expected.edgeSource(e), actual.edgeSource(e), "follow source " + e);
      assertEquals(expected.edgeTarget(e), actual.edgeTarget(e), "follow target " + e);
      assertEquals(expected.edgeWeight(e), actual.edgeWeight(e), "follow weight " + e);
    }
  }
}
