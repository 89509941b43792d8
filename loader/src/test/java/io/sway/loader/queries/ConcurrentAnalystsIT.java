package io.sway.loader.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.cypher.QueryLibrary;
import io.sway.engine.history.ScoreSmoothing;
import io.sway.engine.model.ModelConfig;
import io.sway.loader.dataset.Dataset;
import io.sway.loader.neo4j.IncrementalLoader;
import io.sway.loader.neo4j.QueryRunner;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.scoring.ModelScoringJob;
import io.sway.loader.scoring.ScoringJob;
import io.sway.loader.scoring.ScoringOptions;
import io.sway.loader.synthetic.GeneratorConfig;
import io.sway.loader.synthetic.SyntheticNetwork;
import io.sway.loader.testing.InProcessNeo4j;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysts keep querying while the nightly run recomputes every score: {@value #CLIENTS} Bolt
 * clients run the query library in a loop during a full {@code sway score} run. No query may fail,
 * and every result must be exactly the result of the previous run or of the new one (each is
 * computed when nothing else runs, before and after), never a mix.
 *
 * <p>The recompute is also timed with and without the clients, one after the other in the same
 * test; the figures go to {@code target/reliability/concurrent-analysts.md}. They are reported,
 * not asserted: this machine is shared.
 */
class ConcurrentAnalystsIT {
  private static final int CLIENTS = 4;
  private static final int ACCOUNTS = 3_000;
  private static final long SEED = 5;

  @TempDir Path temp;

  /** A library query and its parameters. */
  private record Ask(String query, Map<String, String> params) {
    @Override
    public String toString() {
      return query + " " + params;
    }
  }

  @Test
  void analystsSeeOneWholeRunAndNoErrorWhileScoresAreRecomputed() throws Exception {
    Path dataset = temp.resolve("network");
    SyntheticNetwork.write(GeneratorConfig.builder(ACCOUNTS, SEED).followsPerAccount(8).build(), dataset);
    try (InProcessNeo4j neo4j = InProcessNeo4j.start()) {
      SwayDatabase database = neo4j.database();
      new IncrementalLoader(database).load(Dataset.open(dataset));
      LocalDate day = ScoringJob.newestActivityDay(database);
      ModelScoringJob job =
          new ModelScoringJob(database, ModelConfig.defaults(), ScoreSmoothing.defaults());
      job.run(day.minusDays(1), ScoringOptions.WINDOW_DAYS_DEFAULT);

      QueryRunner runner = new QueryRunner(database);
      List<Ask> asks = asks(runner);
      Map<Ask, String> before = resultsOf(runner, asks);

      // the recompute, with the clients querying all along
      AtomicBoolean stop = new AtomicBoolean();
      AtomicBoolean published = new AtomicBoolean();
      AtomicInteger afterPublishing = new AtomicInteger();
      ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
      Map<Ask, List<String>> seen = new HashMap<>();
      asks.forEach(a -> seen.put(a, Collections.synchronizedList(new ArrayList<>())));
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      CountDownLatch started = new CountDownLatch(CLIENTS);
      List<Future<Integer>> counts = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int offset = c;
        counts.add(clients.submit(() -> {
          started.countDown();
          int queries = 0;
          for (int i = offset; !stop.get(); i++) {
            Ask ask = asks.get(i % asks.size());
            boolean startedAfter = published.get();
            try {
              seen.get(ask).add(digest(runner.run(QueryLibrary.get(ask.query()), ask.params())));
              if (startedAfter) {
                afterPublishing.incrementAndGet();
              }
            } catch (RuntimeException e) {
              errors.add(ask + ": " + e);
            }
            queries++;
          }
          return queries;
        }));
      }
      started.await();
      long loaded = System.nanoTime();
      ModelScoringJob.Report next = job.run(day, ScoringOptions.WINDOW_DAYS_DEFAULT);
      loaded = System.nanoTime() - loaded;
      published.set(true);
      // a few more queries on the new run, started after it was published
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (afterPublishing.get() < 2 * CLIENTS && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      stop.set(true);
      clients.shutdown();
      assertTrue(clients.awaitTermination(2, TimeUnit.MINUTES));
      int queries = 0;
      for (Future<Integer> count : counts) {
        queries += count.get();
      }

      Map<Ask, String> after = resultsOf(runner, asks);
      assertEquals(List.of(), List.copyOf(errors), "no query may fail during a recompute");
      int changed = 0;
      int fromBefore = 0;
      int fromAfter = 0;
      for (Ask ask : asks) {
        if (!before.get(ask).equals(after.get(ask))) {
          changed++;
        }
        for (String result : seen.get(ask)) {
          boolean old = result.equals(before.get(ask));
          boolean current = result.equals(after.get(ask));
          assertTrue(old || current, ask + " returned a result of neither run:\n" + result
              + "\nprevious run:\n" + before.get(ask) + "\nnew run:\n" + after.get(ask));
          fromBefore += old && !current ? 1 : 0;
          fromAfter += current && !old ? 1 : 0;
        }
      }
      assertTrue(changed > 0, "the two runs give different results");
      assertTrue(fromBefore > 0 && fromAfter > 0,
          "the clients saw both runs: " + fromBefore + " / " + fromAfter);

      // the same recompute (the next day) with nobody querying
      long quiet = System.nanoTime();
      ModelScoringJob.Report alone = job.run(day.plusDays(1), ScoringOptions.WINDOW_DAYS_DEFAULT);
      quiet = System.nanoTime() - quiet;

      report(queries, fromBefore, fromAfter, changed, asks.size(), Duration.ofNanos(loaded),
          Duration.ofNanos(quiet), next, alone);
    }
  }

  /** Every library query that reads results, with parameters that find something in this network. */
  private static List<Ask> asks(QueryRunner runner) {
    String top = (String) runner.run(QueryLibrary.get("top-influencers"), Map.of("n", "1"))
        .rows().getFirst().get(1);
    List<String> three = new ArrayList<>();
    runner.run(QueryLibrary.get("top-influencers"), Map.of("n", "3"))
        .rows().forEach(r -> three.add((String) r.get(1)));
    String topic = busiestTopic(runner);
    List<Ask> asks = new ArrayList<>();
    asks.add(new Ask("top-influencers", Map.of("n", "50")));
    asks.add(new Ask("top-per-network", Map.of("n", "5")));
    asks.add(new Ask("top-on-topic", Map.of("topic", topic, "n", "20")));
    asks.add(new Ask("why-this-score", Map.of("handle", top)));
    asks.add(new Ask("compare-accounts", Map.of("handles", String.join(",", three))));
    asks.add(new Ask("score-history", Map.of("handle", top)));
    asks.add(new Ask("compare-over-time", Map.of("handles", String.join(",", three))));
    asks.add(new Ask("biggest-movers", Map.of("days", "1", "n", "20")));
    asks.add(new Ask("persons-with-several-accounts", Map.of("n", "20")));
    asks.add(new Ask("spam-clusters", Map.of()));
    asks.add(new Ask("brand-contacts", Map.of("topic", topic, "minScore", "0")));
    asks.add(new Ask("amplifiers", Map.of("handle", top)));
    return asks;
  }

  private static String busiestTopic(QueryRunner runner) {
    for (List<Object> row : runner.run(QueryLibrary.get("why-this-score"), Map.of("handle",
        (String) runner.run(QueryLibrary.get("top-influencers"), Map.of("n", "1")).rows().getFirst().get(1)))
        .rows()) {
      if ("topic".equals(row.get(1))) {
        return (String) row.get(3);
      }
    }
    return "tech";
  }

  private static Map<Ask, String> resultsOf(QueryRunner runner, List<Ask> asks) {
    Map<Ask, String> results = new LinkedHashMap<>();
    for (Ask ask : asks) {
      results.put(ask, digest(runner.run(QueryLibrary.get(ask.query()), ask.params())));
    }
    return results;
  }

  private static String digest(QueryRunner.Table table) {
    StringBuilder text = new StringBuilder(String.join("|", table.columns())).append('\n');
    table.rows().forEach(row -> text.append(row).append('\n'));
    return text.toString();
  }

  private static String phases(ModelScoringJob.Report run) {
    StringBuilder text = new StringBuilder();
    run.phases().forEach((name, time) ->
        text.append(text.isEmpty() ? "" : ", ").append(String.format("%s %.2f s", name, time.toNanos() / 1e9)));
    return text.toString();
  }

  private static void report(int queries, int fromBefore, int fromAfter, int changed, int asks,
      Duration loaded, Duration quiet, ModelScoringJob.Report run, ModelScoringJob.Report alone)
      throws Exception {
    Path folder = Path.of("target", "reliability");
    Files.createDirectories(folder);
    String text = String.format(
        """
        # Concurrent analysts (ConcurrentAnalystsIT)

        | figure | value |
        |---|---|
        | Bolt clients | %d |
        | library queries in the loop (results differing between the runs) | %d (%d) |
        | queries run during and around the recompute | %d |
        | errors | 0 |
        | results of the previous run / of the new run | %d / %d |
        | results of neither run | 0 |
        | recompute of %,d accounts with the clients | %.2f s |
        | the next day's recompute with nobody querying | %.2f s |
        | slowdown | %.2f× |
        | phases with the clients | %s |
        | phases with nobody querying | %s |
        """,
        CLIENTS, asks, changed, queries, fromBefore, fromAfter, run.accounts(),
        loaded.toNanos() / 1e9, quiet.toNanos() / 1e9, (double) loaded.toNanos() / quiet.toNanos(),
        phases(run), phases(alone));
    Files.writeString(folder.resolve("concurrent-analysts.md"), text, StandardCharsets.UTF_8);
    System.out.println(text);
  }
}
