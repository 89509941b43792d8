package io.sway.loader.neo4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.score.EngagementWeights;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.dataset.InvalidDatasetException;
import io.sway.loader.dataset.Problem;
import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.ModelConfig;
import io.sway.loader.scoring.ModelScoringJob;
import io.sway.loader.scoring.ScoringJob;
import io.sway.loader.scoring.ScoringWindow;
import io.sway.loader.scoring.ScoringOptions;
import io.sway.loader.testing.GraphCounts;
import io.sway.loader.testing.GraphFingerprint;
import io.sway.loader.testing.TestDatasets;
import io.sway.loader.synthetic.GeneratorConfig;
import io.sway.loader.synthetic.SyntheticNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * Load, score and write back through a real Neo4j over Bolt. Subclasses say which Neo4j: the
 * in-process harness, or a container where Docker exists.
 */
abstract class LoadAndScoreSuite {
  static final double PAGE_RANK_TOLERANCE = 1e-9;

  @TempDir Path temp;

  /** A connection to an empty-able database; the same one for the whole class. */
  abstract SwayDatabase database();

  @BeforeEach
  void emptyDatabase() {
    try (Session session = database().session()) {
      session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS").consume();
    }
  }

  @Test
  void incrementalLoadWritesEveryValidatedRow() throws Exception {
    Dataset dataset = Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp));
    new IncrementalLoader(database()).load(dataset);

    Map<String, Long> counts = GraphCounts.of(database());
    assertEquals((long) dataset.accountCount(), counts.get(":Account"));
    assertEquals((long) dataset.postCount(), counts.get(":Post"));
    assertEquals((long) dataset.personCount(), counts.get(":Person"));
    assertEquals(dataset.summary().rows(io.sway.loader.dataset.DatasetFile.POSTS),
        counts.get("[POSTED]"));
    long follows = countFollows(dataset);
    assertEquals(follows, counts.get("[FOLLOWS]"));
  }

  @Test
  void loadingTheSameFilesTwiceChangesNothing() throws Exception {
    Dataset dataset = Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp));
    new IncrementalLoader(database()).load(dataset);
    List<String> once = GraphFingerprint.of(database());
    new IncrementalLoader(database(), 3, n -> {}).load(dataset);
    assertEquals(once, GraphFingerprint.of(database()));
  }

  @Test
  void aLoadThatFailsHalfWayLeavesTheDatabaseAsItWasAndARerunFinishesIt() throws Exception {
    new IncrementalLoader(database()).load(Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp)));
    scoreWithTheModel();
    Map<String, Long> countsBefore = GraphCounts.of(database());
    String scoresBefore = GraphCounts.scoreChecksum(database());
    List<String> graphBefore = GraphFingerprint.of(database());

    Path dataset = temp.resolve("generated");
    SyntheticNetwork.write(GeneratorConfig.builder(GeneratorConfig.MIN_ACCOUNTS, 5).build(), dataset);
    Dataset validated = Dataset.open(dataset);
    // Interactions are written last: accounts, follows and posts are already in the load's
    // transaction when their file turns out to have changed since it was validated.
    Path interactions = dataset.resolve("interactions.csv");
    Files.writeString(interactions, "a bad row that validation never saw\n", StandardOpenOption.APPEND);
    List<Long> rowsSent = new ArrayList<>();
    IOException e = assertThrows(IOException.class,
        () -> new IncrementalLoader(database(), 50, rowsSent::add).load(validated));
    assertTrue(e.getMessage().contains("changed after the dataset was validated"), e.getMessage());
    assertTrue(rowsSent.size() > 10, "batches sent before the failure: " + rowsSent.size());

    assertEquals(countsBefore, GraphCounts.of(database()));
    assertEquals(scoresBefore, GraphCounts.scoreChecksum(database()));
    assertEquals(graphBefore, GraphFingerprint.of(database()));

    SyntheticNetwork.write(GeneratorConfig.builder(GeneratorConfig.MIN_ACCOUNTS, 5).build(), dataset);
    Dataset rerun = Dataset.open(dataset);
    new IncrementalLoader(database()).load(rerun);
    List<String> ids = new ArrayList<>();
    rerun.forEachAccount(a -> ids.add(a.id()));
    try (Session session = database().session()) {
      long loaded = session.run("MATCH (a:Account) WHERE a.id IN $ids RETURN count(a) AS n",
          Map.of("ids", ids)).single().get("n").asLong();
      assertEquals(rerun.accountCount(), loaded);
      long interactionsLoaded = session.run(
          "MATCH (a:Account)-[r:RESHARED|REPLIED|QUOTED|LIKED|MENTIONED]->() WHERE a.id IN $ids "
              + "RETURN count(r) AS n", Map.of("ids", ids)).single().get("n").asLong();
      assertTrue(interactionsLoaded > 0, "interactions after the re-run: " + interactionsLoaded);
    }
  }

  @Test
  void invalidDatasetIsRejectedWithFileLineAndFieldAndDatabaseIsUnchanged() throws Exception {
    new IncrementalLoader(database()).load(Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp)));
    scoreWithTheModel();
    Map<String, Long> countsBefore = GraphCounts.of(database());
    String scoresBefore = GraphCounts.scoreChecksum(database());

    Path invalid = TestDatasets.copy(TestDatasets.UNKNOWN_FOLLOWEE, temp);
    InvalidDatasetException e =
        assertThrows(InvalidDatasetException.class, () -> Dataset.open(invalid));
    Problem problem = e.problems().getFirst();
    assertEquals("follows.csv", problem.file());
    assertEquals(5, problem.line());
    assertEquals("followee_id", problem.field());
    assertTrue(problem.message().contains("ghost"), problem.message());

    assertEquals(countsBefore, GraphCounts.of(database()));
    assertEquals(scoresBefore, GraphCounts.scoreChecksum(database()));
  }

  @Test
  void theBaselineInfluenceAgreesWithJGraphT() throws Exception {
    Dataset dataset = Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp));
    new IncrementalLoader(database()).load(dataset);
    ScoringOptions options = ScoringOptions.defaults();
    LocalDate asOf = ScoringJob.newestActivityDay(database());
    ScoringWindow window = ScoringWindow.asOf(asOf, options.windowDays());
    AccountScores scores = ScoringJob.compute(
        new SnapshotExtractor(database(), options.weights()).extract(window.from(), window.to()),
        options).scores();

    Map<String, Double> stored = new HashMap<>();
    for (int a = 0; a < scores.accountIds().size(); a++) {
      stored.put(scores.accountIds().get(a), scores.influence()[a]);
    }
    assertEquals(dataset.accountCount(), stored.size());
    assertEquals(1.0, stored.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    for (int score : scores.scores()) {
      assertTrue(score >= 0 && score <= 99, "score " + score);
    }

    Map<String, Double> expected = jgraphtOracle(dataset, window, options.weights());
    for (Map.Entry<String, Double> e : expected.entrySet()) {
      assertEquals(e.getValue(), stored.get(e.getKey()), PAGE_RANK_TOLERANCE, e.getKey());
    }
  }

  @Test
  void aModelRunIsPublishedWithARunRecord() throws Exception {
    Dataset dataset = Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp));
    new IncrementalLoader(database()).load(dataset);
    ModelScoringJob.Report report = scoreWithTheModel();

    try (Session session = database().session()) {
      var run = session.run("MATCH (r:ScoreRun {current: true}) RETURN r").single().get("r");
      assertEquals(report.runId(), run.get("id").asString());
      assertEquals("published", run.get("status").asString());
      assertEquals(report.asOf(), run.get("asOf").asLocalDate());
      assertEquals(dataset.accountCount(), run.get("accounts").asInt());
      assertTrue(run.get("params").asString().contains("\"alpha\""));
      assertFalse(run.get("publishedAt").isNull());
      long results = session.run("MATCH (:Account)-[:SCORED]->(s:DailyScore {run: $run}) "
              + "RETURN count(s) AS n", Map.of("run", report.runId()))
          .single().get("n").asLong();
      assertEquals(dataset.accountCount(), results);
    }
  }

  private ModelScoringJob.Report scoreWithTheModel() {
    return new ModelScoringJob(database(), ModelConfig.defaults(), ScoreSmoothing.defaults())
        .run(ScoringJob.newestActivityDay(database()), ScoringOptions.WINDOW_DAYS_DEFAULT);
  }

  @Test
  void activityExtractionHoldsEveryRowOfTheWindow() throws Exception {
    Dataset dataset = Dataset.open(TestDatasets.copy(TestDatasets.TINY, temp));
    new IncrementalLoader(database()).load(dataset);
    ActivityExtractor.Extracted extracted = new ActivityExtractor(database())
        .extract(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"));
    var activity = extracted.activity();

    assertEquals(dataset.accountCount(), activity.accountCount());
    assertEquals(dataset.postCount(), activity.postCount());
    assertEquals(countFollows(dataset), (long) activity.follows().edgeCount());
    assertEquals(dataset.personCount(), extracted.personIds().size());
    List<Object> interactions = new ArrayList<>();
    Map<String, String> authorOf = new HashMap<>();
    dataset.forEachPost(p -> authorOf.put(p.id(), p.authorId()));
    dataset.forEachInteraction(i -> {
      String target = i.postId() != null ? authorOf.get(i.postId()) : i.targetAccountId();
      if (!target.equals(i.actorId())) {
        interactions.add(i);
      }
    });
    assertEquals(interactions.size(), activity.eventCount());
    for (int e = 1; e < activity.eventCount(); e++) {
      assertTrue(activity.eventAt()[e - 1] <= activity.eventAt()[e], "events are sorted by time");
    }
    for (int e = 0; e < activity.eventCount(); e++) {
      int post = activity.eventPost()[e];
      if (post >= 0) {
        assertEquals(activity.postAuthor()[post], activity.eventTarget()[e]);
      }
    }
  }

  /**
   * The expected influence, computed without Neo4j: the engagement graph built straight from the
   * dataset's rows, ranked by JGraphT's PageRank.
   */
  private static Map<String, Double> jgraphtOracle(
      Dataset dataset, ScoringWindow window, EngagementWeights weights) throws Exception {
    Instant from = window.from();
    Instant to = window.to();
    Graph<String, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    dataset.forEachAccount(a -> graph.addVertex(a.id()));
    Map<String, String> authorOf = new HashMap<>();
    dataset.forEachPost(p -> authorOf.put(p.id(), p.authorId()));
    dataset.forEachInteraction(i -> {
      if (i.at().isBefore(from) || !i.at().isBefore(to)) {
        return;
      }
      String engaged = i.postId() != null ? authorOf.get(i.postId()) : i.targetAccountId();
      if (engaged.equals(i.actorId())) {
        return;
      }
      double weight = switch (i.type()) {
        case RESHARE -> weights.reshare();
        case QUOTE -> weights.quote();
        case REPLY -> weights.reply();
        case MENTION -> weights.mention();
        case LIKE -> weights.like();
      };
      DefaultWeightedEdge edge = graph.getEdge(i.actorId(), engaged);
      if (edge == null) {
        edge = graph.addEdge(i.actorId(), engaged);
        graph.setEdgeWeight(edge, weight);
      } else {
        graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + weight);
      }
    });
    var config = ScoringOptions.defaults().pageRank();
    return new PageRank<>(graph, config.damping(), config.maxIterations(), config.tolerance())
        .getScores();
  }

  private static long countFollows(Dataset dataset) throws Exception {
    long[] follows = {0};
    dataset.forEachFollow(f -> follows[0]++);
    return follows[0];
  }

}
