package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follower counts of a 20,000-account network (follows only, to stay fast) are heavy-tailed. */
class HeavyTailTest {
  private static final int ACCOUNTS = 20_000;
  private static final double MIN_MAX_TO_MEDIAN = 50;
  /** Tail exponent of the in-degree's complementary CDF, P(k >= x) ~ x^-(gamma - 1). */
  private static final double MIN_GAMMA = 1.8;
  private static final double MAX_GAMMA = 3.0;

  @Test
  void followerInDegreeIsHeavyTailed(@TempDir Path directory) throws IOException {
    GeneratorConfig config = GeneratorConfig.builder(ACCOUNTS, 3)
        .withoutAdversaries()
        .postsPerAccount(0)
        .interactionsPerAccount(0)
        .build();
    SyntheticNetwork.write(config, directory);
    int[] inDegree = inDegrees(directory.resolve("follows.csv"));
    Arrays.sort(inDegree);
    int median = inDegree[ACCOUNTS / 2];
    int max = inDegree[ACCOUNTS - 1];
    assertTrue(max > MIN_MAX_TO_MEDIAN * Math.max(median, 1),
        "max in-degree " + max + ", median " + median);

    double gamma = 1 + hillTailIndex(inDegree, ACCOUNTS / 100);
    assertTrue(gamma > MIN_GAMMA && gamma < MAX_GAMMA, "in-degree tail exponent " + gamma);
  }

  /** Hill's estimator of the tail index from the {@code k} largest values (sorted ascending). */
  private static double hillTailIndex(int[] sorted, int k) {
    double threshold = Math.log(sorted[sorted.length - k - 1]);
    double sum = 0;
    for (int i = sorted.length - k; i < sorted.length; i++) {
      sum += Math.log(sorted[i]) - threshold;
    }
    return k / sum;
  }

  private static int[] inDegrees(Path follows) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    int[] degree = new int[ACCOUNTS];
    try (BufferedReader reader = Files.newBufferedReader(follows, StandardCharsets.UTF_8)) {
      assertEquals("follower_id,followee_id,since", reader.readLine());
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String followee = line.substring(line.indexOf(',') + 1, line.lastIndexOf(','));
        degree[index.computeIfAbsent(followee, id -> index.size())]++;
      }
    }
    return degree;
  }
}
