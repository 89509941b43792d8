package io.sway.engine.model;

import static io.sway.engine.model.EngagementType.LIKE;
import static io.sway.engine.model.EngagementType.RESHARE;
import static io.sway.engine.model.Windows.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class NetworkInfluenceTest {
  /** Golden values after iterating to a tight tolerance. */
  private static final double EXACT = 1e-9;

  /** Agreement with JGraphT, both iterated to convergence, in effective accounts. */
  private static final double JGRAPHT_TOLERANCE = 1e-7;

  private static final double D = NetworkInfluenceConfig.DAMPING_DEFAULT;

  private static final NetworkInfluenceConfig TO_CONVERGENCE =
      new NetworkInfluenceConfig(D, 1_000, 1e-12);

  private static InfluenceResult influence(Activity activity, EngagerTrust trust) {
    EngagementGraph graph = Windows.graph(activity, trust);
    return new NetworkInfluence(graph, Windows.circles(graph), TO_CONVERGENCE).compute();
  }

  private static InfluenceResult influence(Activity activity) {
    return influence(activity, EngagerTrust.everyone(activity.accountCount()));
  }

  @Test
  void influenceCountsEffectiveEngagedAccounts() {
    ActivityBuilder b = Windows.builder();
    int hub = Windows.account(b);
    int post = b.addPost(hub, at(0, 0), -1);
    for (int leaf : Windows.accounts(b, 4)) {
      b.addPostEvent(leaf, LIKE, post, at(0, 5));
    }
    int[] chain = Windows.accounts(b, 3);
    b.addAccountEvent(chain[0], RESHARE, chain[1], at(1, 0));
    b.addAccountEvent(chain[1], RESHARE, chain[2], at(1, 1));

    InfluenceResult result = influence(b.build());

    assertTrue(result.converged());
    assertEquals(4 * D, result.influence(hub), EXACT);
    assertEquals(0.0, result.influence(1), EXACT);
    assertEquals(D, result.influence(chain[1]), EXACT);
    assertEquals(D * (1 + D), result.influence(chain[2]), EXACT);
  }

  @Test
  void excludedAccountsPassNoRank() {
    ActivityBuilder b = Windows.builder();
    int[] chain = Windows.accounts(b, 3);
    int spam = Windows.account(b);
    b.addAccountEvent(chain[0], RESHARE, chain[1], at(0, 0));
    b.addAccountEvent(chain[1], RESHARE, chain[2], at(0, 1));
    b.addAccountEvent(spam, RESHARE, chain[2], at(0, 2));
    Activity activity = b.build();

    InfluenceResult result =
        influence(activity, EngagerTrust.excluding(Windows.excluded(4, chain[1], spam)));

    assertEquals(D, result.influence(chain[1]), EXACT, "an excluded account still receives");
    assertEquals(0.0, result.influence(chain[2]), EXACT, "but passes nothing on");
  }

  @Test
  void suspectEngagersPassOnOnlyTheirTrust() {
    ActivityBuilder b = Windows.builder();
    int target = Windows.account(b);
    int suspect = Windows.account(b);
    b.addAccountEvent(suspect, RESHARE, target, at(0, 0));
    Activity activity = b.build();

    InfluenceResult result =
        influence(activity, EngagerTrust.of(new boolean[2], new double[] {0.0, 0.4}));

    assertEquals(D * 0.6, result.influence(target), EXACT);
  }

  @Test
  void repeatedEngagementHasDiminishingReturns() {
    ActivityBuilder b = Windows.builder();
    int fan = Windows.account(b);
    int favourite = Windows.account(b);
    int other = Windows.account(b);
    for (int i = 0; i < 10; i++) {
      b.addAccountEvent(fan, LIKE, favourite, at(i, 0));
    }
    b.addAccountEvent(fan, LIKE, other, at(0, 1));

    InfluenceResult result = influence(b.build());

    double often = Math.log1p(10 * EngagementTypeWeights.LIKE_DEFAULT);
    double once = Math.log1p(EngagementTypeWeights.LIKE_DEFAULT);
    assertEquals(D * often / (often + once), result.influence(favourite), EXACT);
    assertEquals(D * once / (often + once), result.influence(other), EXACT);
  }

  @Test
  void influenceAgreesWithJGraphTWhenNothingIsExcludedOrDiscounted() {
    int n = 60;
    SplittableRandom random = new SplittableRandom(7);
    ActivityBuilder b = Windows.builder();
    Windows.accounts(b, n);
    int[] posts = new int[n];
    for (int a = 0; a < n; a++) {
      posts[a] = b.addPost(a, at(0, a), -1);
    }
    EngagementType[] types = EngagementType.values();
    double[] typeWeight = EngagementTypeWeights.defaults().byOrdinal();
    Map<Long, Double> engaged = new HashMap<>();
    for (int u = 0; u < n; u++) {
      int events = 1 + random.nextInt(5); // every account engages: nobody is dangling
      for (int i = 0; i < events; i++) {
        int v = (u + 1 + random.nextInt(n - 1)) % n;
        EngagementType type = types[random.nextInt(types.length)];
        long at = at(1 + i, u);
        if (type == EngagementType.MENTION) {
          b.addAccountEvent(u, type, v, at);
        } else {
          b.addPostEvent(u, type, posts[v], at);
        }
        engaged.merge(((long) u << 32) | v, typeWeight[type.ordinal()], Double::sum);
      }
    }
    Graph<Integer, DefaultWeightedEdge> reference =
        new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      reference.addVertex(v);
    }
    engaged.forEach(
        (pair, sum) -> {
          DefaultWeightedEdge edge = reference.addEdge((int) (pair >>> 32), (int) (long) pair);
          reference.setEdgeWeight(edge, Math.log1p(sum));
        });
    Activity activity = b.build();
    EngagementGraph graph = Windows.graph(activity);
    CircleDiscounts noDiscount = new EngagementCircles(graph, new CircleConfig(0.0, CircleConfig.CIRCLE_SIZE_DEFAULT)).compute();

    InfluenceResult ours = new NetworkInfluence(graph, noDiscount, TO_CONVERGENCE).compute();
    PageRank<Integer, DefaultWeightedEdge> theirs = new PageRank<>(reference, D, 10_000, 1e-15);

    assertTrue(ours.converged());
    for (int v = 0; v < n; v++) {
      double expected = n * theirs.getVertexScore(v) / (1 - D) - 1;
      assertEquals(expected, ours.influence(v), JGRAPHT_TOLERANCE, "account " + v);
    }
  }

  @Test
  void influenceDoesNotDependOnUnrelatedAccounts() {
    ActivityBuilder small = Windows.builder();
    ActivityBuilder large = Windows.builder();
    for (ActivityBuilder b : new ActivityBuilder[] {small, large}) {
      int[] a = Windows.accounts(b, 4);
      b.addAccountEvent(a[0], RESHARE, a[1], at(0, 0));
      b.addAccountEvent(a[1], RESHARE, a[2], at(0, 1));
      b.addAccountEvent(a[3], LIKE, a[2], at(0, 2));
    }
    int[] strangers = Windows.accounts(large, 500);
    for (int i = 0; i < 2_000; i++) {
      large.addAccountEvent(
          strangers[(i * 7) % 500], LIKE, strangers[(i * 13 + 1) % 500], at(1, i % 600));
    }

    InfluenceResult alone = influence(small.build());
    InfluenceResult crowded = influence(large.build());

    for (int v = 0; v < 4; v++) {
      assertEquals(alone.influence(v), crowded.influence(v), EXACT, "account " + v);
    }
  }

  @Test
  void reportsIterationsAndConvergence() {
    ActivityBuilder b = Windows.builder();
    int[] chain = Windows.accounts(b, 30);
    for (int i = 0; i + 1 < chain.length; i++) {
      b.addAccountEvent(chain[i], RESHARE, chain[i + 1], at(0, i));
    }
    EngagementGraph graph = Windows.graph(b.build());
    CircleDiscounts circles = Windows.circles(graph);

    InfluenceResult cut =
        new NetworkInfluence(graph, circles, new NetworkInfluenceConfig(D, 3, 1e-9)).compute();
    InfluenceResult full = new NetworkInfluence(graph, circles, TO_CONVERGENCE).compute();

    assertEquals(3, cut.iterations());
    assertFalse(cut.converged());
    assertTrue(cut.lastDelta() > 1e-9);
    assertTrue(full.converged());
    assertTrue(full.iterations() > 3 && full.iterations() < TO_CONVERGENCE.maxIterations());
    assertTrue(full.lastDelta() < TO_CONVERGENCE.tolerance());
  }

  @Test
  void parallelRunsMatchSingleThreaded() {
    SplittableRandom random = new SplittableRandom(11);
    ActivityBuilder b = Windows.builder();
    int n = 400;
    Windows.accounts(b, n);
    for (int i = 0; i < 3_000; i++) {
      int u = random.nextInt(n);
      int v = (int) (n * Math.pow(random.nextDouble(), 3));
      if (u != v) {
        b.addAccountEvent(u, LIKE, v, at(i % 90, 0));
      }
    }
    EngagementGraph graph = Windows.graph(b.build());
    CircleDiscounts circles = Windows.circles(graph);
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try {
      InfluenceResult single = new NetworkInfluence(graph, circles, TO_CONVERGENCE).compute();
      InfluenceResult parallel =
          new NetworkInfluence(graph, circles, TO_CONVERGENCE, pool, 2).compute();

      assertEquals(single.iterations(), parallel.iterations());
      for (int v = 0; v < n; v++) {
        assertEquals(single.influence(v), parallel.influence(v), EXACT, "account " + v);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
