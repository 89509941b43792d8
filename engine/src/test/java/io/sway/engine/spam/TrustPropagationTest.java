package io.sway.engine.spam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.engine.graph.GraphSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustPropagationTest {
  /** Golden values are exact fractions, off by rounding only. */
  private static final double EXACT_TOLERANCE = 1e-15;

  /** Agreement with the dense matrix-power reference. */
  private static final double REFERENCE_TOLERANCE = 1e-13;

  /** Total trust stays 1 up to accumulated rounding. */
  private static final double SUM_TOLERANCE = 1e-12;

  /** After many rounds on a connected non-bipartite graph, trust is fully mixed. */
  private static final double MIXED_TOLERANCE = 1e-6;

  /** A tie, stored both ways. */
  private record Tie(int u, int v, double weight) {}

  private static GraphSnapshot undirected(int n, List<Tie> ties) {
    GraphSnapshot.Builder builder = GraphSnapshot.builder(n);
    for (Tie tie : ties) {
      builder.addEdge(tie.u, tie.v, tie.weight);
      builder.addEdge(tie.v, tie.u, tie.weight);
    }
    return builder.build();
  }

  private static GraphSnapshot undirected(int n, int[]... pairs) {
    List<Tie> ties = new ArrayList<>();
    for (int[] pair : pairs) {
      ties.add(new Tie(pair[0], pair[1], 1.0));
    }
    return undirected(n, ties);
  }

  @Test
  void trustWalksOneTieEachRoundOnAPath() {
    // 0 - 1 - 2, seed 0: round 1 all trust on 1, round 2 split between 0 and 2
    GraphSnapshot path = undirected(3, new int[] {0, 1}, new int[] {1, 2});

    TrustResult one = new TrustPropagation(path, new int[] {0}, 1).compute();
    TrustResult two = new TrustPropagation(path, new int[] {0}, 2).compute();

    assertArrayEquals(new double[] {0.0, 1.0, 0.0}, one.trust(), EXACT_TOLERANCE);
    assertArrayEquals(new double[] {0.5, 0.0, 0.5}, two.trust(), EXACT_TOLERANCE);
    // degrees 1, 2, 1; D = 4: trust / degree * D
    assertArrayEquals(new double[] {0.0, 2.0, 0.0}, one.normalisedTrust(), EXACT_TOLERANCE);
    assertArrayEquals(new double[] {2.0, 0.0, 2.0}, two.normalisedTrust(), EXACT_TOLERANCE);
    assertEquals(2, two.rounds());
    assertEquals(1, two.seeds());
  }

  @Test
  void trustIsSplitInProportionToTieWeights() {
    // seed 0 tied to 1 with weight 3 and to 2 with weight 1
    GraphSnapshot star = undirected(3, List.of(new Tie(0, 1, 3.0), new Tie(0, 2, 1.0)));

    TrustResult result = new TrustPropagation(star, new int[] {0}, 1).compute();

    assertArrayEquals(new double[] {0.0, 0.75, 0.25}, result.trust(), EXACT_TOLERANCE);
  }

  @Test
  void trustIsConservedEveryRound() {
    GraphSnapshot graph = randomGraph(200, 600, new SplittableRandom(11));
    for (int rounds = 1; rounds <= 12; rounds++) {
      TrustResult result = new TrustPropagation(graph, new int[] {0, 5, 9}, rounds).compute();
      double sum = 0.0;
      for (double t : result.trust()) {
        sum += t;
      }
      assertEquals(1.0, sum, SUM_TOLERANCE, "after " + rounds + " rounds");
    }
  }

  @Test
  void degreeNormalisationRemovesTheAdvantageOfDegree() {
    // a triangle 0-1-2 with a hub 0 that also holds 1 and 3-4 pendants: not bipartite, connected
    GraphSnapshot graph = undirected(5,
        new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 0}, new int[] {0, 3}, new int[] {0, 4});

    TrustResult mixed = new TrustPropagation(graph, new int[] {3}, 400).compute();

    // raw trust ends proportional to degree (hub 4 of 10), normalised trust equal for all
    assertEquals(0.4, mixed.trust()[0], MIXED_TOLERANCE);
    assertEquals(0.1, mixed.trust()[3], MIXED_TOLERANCE);
    for (double rho : mixed.normalisedTrust()) {
      assertEquals(1.0, rho, MIXED_TOLERANCE);
    }
  }

  @Test
  void agreesWithTheMatrixPowerDefinition() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 60;
    GraphSnapshot graph = randomGraph(n, 150, random);
    int[] seeds = {1, 2, 40};
    int rounds = 9;

    TrustResult result = new TrustPropagation(graph, seeds, rounds).compute();

    // t_k = t_0 P^k with P(u, v) = w(u, v) / d(u), on a dense matrix
    double[][] transition = new double[n][n];
    for (int u = 0; u < n; u++) {
      for (int i = 0; i < graph.outDegree(u); i++) {
        transition[u][graph.outNeighbour(u, i)] = graph.weight(u, i) / graph.outWeight(u);
      }
    }
    double[] expected = new double[n];
    for (int seed : seeds) {
      expected[seed] = 1.0 / seeds.length;
    }
    for (int round = 0; round < rounds; round++) {
      double[] next = new double[n];
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          next[v] += expected[u] * transition[u][v];
        }
      }
      expected = next;
    }
    assertArrayEquals(expected, result.trust(), REFERENCE_TOLERANCE);
  }

  @Test
  void sybilsWithoutAttackEdgesGetNoTrustHoweverTheyLink() {
    // honest 0..3 in a ring, sybils 4..7 first as a path, then complete
    List<Tie> honest = List.of(new Tie(0, 1, 1), new Tie(1, 2, 1), new Tie(2, 3, 1),
        new Tie(3, 0, 1));
    List<Tie> path = new ArrayList<>(honest);
    path.addAll(List.of(new Tie(4, 5, 1), new Tie(5, 6, 1), new Tie(6, 7, 1)));
    List<Tie> clique = new ArrayList<>(honest);
    for (int u = 4; u < 8; u++) {
      for (int v = u + 1; v < 8; v++) {
        clique.add(new Tie(u, v, 1));
      }
    }
    for (List<Tie> ties : List.of(path, clique)) {
      TrustResult result = new TrustPropagation(undirected(8, ties), new int[] {0}, 3).compute();
      for (int sybil = 4; sybil < 8; sybil++) {
        assertEquals(0.0, result.trust()[sybil]);
        assertEquals(0.0, result.normalisedTrust()[sybil]);
      }
    }
  }

  /**
   * SybilRank's guarantee: the trust that reaches the sybil region depends on the attack edges and
   * the rounds, not on what the sybils do among themselves. Each round, what crosses an attack
   * edge {@code {h, s}} is {@code w(h, s) × t(h) / d(h)}, and {@code t / d} never exceeds its
   * largest value on the seeds (each round averages it over neighbours); so after {@code k} rounds
   * the sybils together hold at most {@code k × (attack-edge weight) × max over seeds of t0 / d}.
   * The bound holds however densely the sybils link. (Single sybils can gain from extra internal
   * edges, a shortcut towards an attack edge, so the guarantee is about the region.)
   */
  @Test
  void sybilTrustStaysWithinTheAttackEdgeBoundHoweverSybilsLinkAmongThemselves() {
    SplittableRandom random = new SplittableRandom(3);
    int honest = 60;
    int sybils = 20;
    List<Tie> base = new ArrayList<>();
    for (int i = 0; i < honest; i++) {
      for (int step : new int[] {1, 2, 7, 13}) {
        base.add(new Tie(i, (i + step) % honest, 1.0));
      }
    }
    base.add(new Tie(5, honest, 1.0));
    base.add(new Tie(33, honest + 7, 1.0));
    double attackWeight = 2.0;
    int[] seeds = {0, 30};
    double seedDegree = 8.0;
    int rounds = TrustPropagation.defaultRounds(honest + sybils);
    double bound = rounds * attackWeight * (1.0 / seeds.length) / seedDegree;

    List<Tie> tree = new ArrayList<>(base);
    for (int i = 1; i < sybils; i++) {
      tree.add(new Tie(honest + random.nextInt(i), honest + i, 1.0));
    }
    List<Tie> complete = new ArrayList<>(base);
    for (int u = 0; u < sybils; u++) {
      for (int v = u + 1; v < sybils; v++) {
        complete.add(new Tie(honest + u, honest + v, 1.0));
      }
    }
    for (List<Tie> ties : List.of(tree, complete)) {
      TrustResult result =
          new TrustPropagation(undirected(honest + sybils, ties), seeds, rounds).compute();
      double sybilTrust = 0.0;
      double leastHonest = Double.POSITIVE_INFINITY;
      double mostSybil = 0.0;
      for (int v = 0; v < honest + sybils; v++) {
        if (v >= honest) {
          sybilTrust += result.trust()[v];
          mostSybil = Math.max(mostSybil, result.normalisedTrust()[v]);
        } else {
          leastHonest = Math.min(leastHonest, result.normalisedTrust()[v]);
        }
      }
      assertTrue(sybilTrust <= bound, "sybil trust " + sybilTrust + " > bound " + bound);
      assertTrue(mostSybil < leastHonest,
          "a sybil ranks above an honest account: " + mostSybil + " >= " + leastHonest);
    }
  }

  @Test
  void isolatedAccountsGetNoTrustAndAnIsolatedSeedIsNotUsed() {
    // 0 - 1 tied; 2 isolated and listed as a seed
    GraphSnapshot graph = undirected(3, new int[] {0, 1});

    TrustResult result = new TrustPropagation(graph, new int[] {0, 2}, 2).compute();

    assertEquals(1, result.seeds());
    assertArrayEquals(new double[] {1.0, 0.0, 0.0}, result.trust(), EXACT_TOLERANCE);
    assertEquals(0.0, result.normalisedTrust()[2]);
  }

  @Test
  void withoutUsableSeedsNothingRuns() {
    GraphSnapshot graph = undirected(3, new int[] {0, 1});

    TrustResult result = new TrustPropagation(graph, new int[] {2}, 5).compute();

    assertEquals(0, result.rounds());
    assertEquals(0, result.seeds());
    assertArrayEquals(new double[3], result.trust());
  }

  @Test
  void aSeedListedTwiceCountsOnce() {
    GraphSnapshot path = undirected(3, new int[] {0, 1}, new int[] {1, 2});

    assertEquals(
        new TrustPropagation(path, new int[] {0}, 3).compute(),
        new TrustPropagation(path, new int[] {0, 0}, 3).compute());
  }

  @Test
  void resultIsDeterministic() {
    GraphSnapshot graph = randomGraph(300, 900, new SplittableRandom(5));

    assertEquals(
        new TrustPropagation(graph, new int[] {1, 2, 3}, 9).compute(),
        new TrustPropagation(graph, new int[] {1, 2, 3}, 9).compute());
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "1, 1", "2, 1", "3, 2", "4, 2", "5, 3", "1024, 10", "1025, 11", "20000, 15",
      "100000, 17"})
  void defaultRoundsAreCeilingLog2(int accounts, int rounds) {
    assertEquals(rounds, TrustPropagation.defaultRounds(accounts));
  }

  @Test
  void directedGraphIsRejected() {
    GraphSnapshot directed = GraphSnapshot.builder(2).addEdge(0, 1, 1.0).build();

    var e = assertThrows(IllegalArgumentException.class,
        () -> new TrustPropagation(directed, new int[] {0}, 1));

    assertEquals(
        "trust graph must be undirected: every tie u -> v needs v -> u with the same weight",
        e.getMessage());
  }

  @Test
  void unequalWeightsBothWaysAreRejected() {
    GraphSnapshot lopsided =
        GraphSnapshot.builder(2).addEdge(0, 1, 1.0).addEdge(1, 0, 2.0).build();

    assertThrows(IllegalArgumentException.class,
        () -> new TrustPropagation(lopsided, new int[] {0}, 1));
  }

  @Test
  void seedOutsideTheGraphIsRejected() {
    GraphSnapshot graph = undirected(2, new int[] {0, 1});

    var e = assertThrows(IllegalArgumentException.class,
        () -> new TrustPropagation(graph, new int[] {2}, 1));

    assertEquals("seed must be an account in [0, 2), was 2", e.getMessage());
  }

  @Test
  void roundsBelowOneAreRejected() {
    GraphSnapshot graph = undirected(2, new int[] {0, 1});

    var e = assertThrows(IllegalArgumentException.class,
        () -> new TrustPropagation(graph, new int[] {0}, 0));

    assertEquals("rounds must be >= 1, was 0", e.getMessage());
  }

  private static GraphSnapshot randomGraph(int n, int ties, SplittableRandom random) {
    List<Tie> list = new ArrayList<>();
    for (int v = 1; v < n; v++) {
      list.add(new Tie(v, random.nextInt(v), 1.0)); // connected
    }
    for (int i = n - 1; i < ties; i++) {
      int u = random.nextInt(n);
      int v = random.nextInt(n);
      if (u != v) {
        list.add(new Tie(u, v, 0.5 + random.nextDouble()));
      }
    }
    return undirected(n, list);
  }
}
