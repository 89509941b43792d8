package io.sway.loader.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo sample in {@code examples/sample} is exactly what {@link GeneratorConfig#demoSample()}
 * generates, so it can never drift from the generator (and any change to the generator's output
 * shows up here). To regenerate it after a deliberate change:
 *
 * <pre>
 * ./mvnw -B -pl loader -am install -DskipITs -Dtest=ExampleSampleTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dsway.writeSample=true
 * </pre>
 */
class ExampleSampleTest {
  private static final Path SAMPLE = Path.of("..", "examples", "sample");
  private static final List<String> GENERATED = List.of("accounts.csv", "persons.csv",
      "follows.csv", "posts.csv", "interactions.csv", "truth.csv", "truth.json", "truth.md");
  private static final long MAX_SAMPLE_BYTES = 1_000_000;

  @Test
  void exampleSampleMatchesTheGenerator(@TempDir Path fresh) throws IOException {
    if (Boolean.getBoolean("sway.writeSample")) {
      SyntheticNetwork.write(GeneratorConfig.demoSample(), SAMPLE);
    }
    Assumptions.assumeTrue(Files.isDirectory(SAMPLE), "no examples/sample folder here");
    SyntheticNetwork.write(GeneratorConfig.demoSample(), fresh);
    long total = 0;
    for (String file : GENERATED) {
      byte[] expected = Files.readAllBytes(fresh.resolve(file));
      assertArrayEquals(expected, Files.readAllBytes(SAMPLE.resolve(file)),
          "examples/sample/" + file + " differs from GeneratorConfig.demoSample()");
      total += expected.length;
    }
    assertTrue(total < MAX_SAMPLE_BYTES, "sample is " + total + " bytes");
  }
}
