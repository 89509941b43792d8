package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates a large network in a child JVM limited to {@value #HEAP}, to show that memory does
 * not grow with the follows. Off by default (it writes about 0.8 GB and takes a minute or two);
 * run it for 500,000 accounts, about 10 million follows, with
 *
 * <pre>
 * ./mvnw -B -pl loader -am install -DskipITs -Dtest=LargeGenerationTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dsway.largeGeneration=500000
 * </pre>
 */
@EnabledIfSystemProperty(named = LargeGenerationTest.PROPERTY, matches = "\\d+")
class LargeGenerationTest {
  static final String PROPERTY = "sway.largeGeneration";
  private static final String HEAP = "-Xmx512m";
  private static final double MIN_FOLLOWS_PER_ACCOUNT = 19.0;

  @Test
  void largeGenerationFitsInA512MbHeap(@TempDir Path directory)
      throws IOException, InterruptedException {
    int accounts = Integer.parseInt(System.getProperty(PROPERTY));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process child = new ProcessBuilder(List.of(java, HEAP, "-XX:+UseParallelGC", "-cp", classPath,
        LargeGeneration.class.getName(), Integer.toString(accounts), directory.toString()))
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.println(output);
    assertEquals(0, child.waitFor(), output);
    long follows = output.lines().filter(line -> line.startsWith("follows="))
        .mapToLong(line -> Long.parseLong(line.substring("follows=".length())))
        .findFirst().orElseThrow();
    assertTrue(follows > MIN_FOLLOWS_PER_ACCOUNT * accounts, output);
  }
}
