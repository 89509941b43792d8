package io.sway.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sway.benchmarks.report.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The side-by-side entry point at a tiny scale: it must write a report whose figures are all
 * measured and whose PageRank scores agree with JGraphT's.
 *
 * <p>GDS is left out here ({@code --gds none}): it needs the network bulk-imported into a new
 * Neo4j store and a DBMS started with the GDS procedures, which costs tens of seconds even for a
 * few hundred accounts, more than this smoke run may take. The real run measures it.
 */
class SideBySideSmokeTest {
  @TempDir Path temp;

  @Test
  void tinyRunWritesAReportWithEveryPhaseTimedAndAgreeingScores() throws Exception {
    Path out = temp.resolve("report");
    SideBySide.Options options = SideBySide.Options.parse(new String[] {
      "--accounts", "300,600", "--warmups", "1", "--repetitions", "2", "--model-repetitions", "1",
      "--threads", "2", "--gds", "none", "--work", temp.resolve("work").toString(),
      "--out", out.toString(), "--name", "smoke"
    });
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    ReportWriter.Written written =
        new SideBySide(options, new PrintStream(log, true, StandardCharsets.UTF_8)).run();

    assertEquals(out.resolve("smoke.json"), written.json());
    assertNotNull(written.svg(), "two scales give a scaling plot");
    assertTrue(Files.readString(written.svg()).startsWith("<?xml"), "an SVG document");
    JsonNode json = new ObjectMapper().readTree(written.json().toFile());

    Set<String> timed = new HashSet<>();
    for (JsonNode phase : json.get("phases")) {
      String name = phase.get("phase").asText() + " / " + phase.get("contender").asText();
      timed.add(phase.get("phase").asText());
      assertTrue(phase.get("medianSeconds").asDouble() > 0, name + " is timed");
      assertTrue(phase.get("minSeconds").asDouble() <= phase.get("maxSeconds").asDouble(), name);
      assertTrue(phase.get("size").asLong() > 0, name + " has a size");
    }
    for (String expected : Set.of(SideBySide.PAGERANK, SideBySide.GATHER, SideBySide.MODEL)) {
      assertTrue(timed.contains(expected), expected + " in " + timed);
    }
    long pageRankRuns = 0;
    for (JsonNode phase : json.get("phases")) {
      if (phase.get("phase").asText().equals(SideBySide.PAGERANK)) {
        pageRankRuns++;
        assertEquals(SideBySide.ITERATIONS, phase.get("facts").get(
            phase.get("contender").asText().startsWith("gds") ? "ranIterations" : "iterations")
            .asInt(), phase.get("contender").asText());
      }
    }
    assertEquals(2 * 3, pageRankRuns, "sway on 2 threads and on 1, and jgrapht, at both scales");

    int modelRuns = 0;
    for (JsonNode phase : json.get("phases")) {
      if (phase.get("phase").asText().equals(SideBySide.MODEL)) {
        modelRuns++;
        JsonNode facts = phase.get("facts");
        // at a few hundred accounts both heap figures are below the heap's noise between two
        // measurements (CI runs measured -0.8 MB and -0.6 MB), so only their presence is checked
        // here; the figures are meaningful at the report's scales
        assertTrue(facts.get("snapshotBytes").isIntegralNumber()
            && facts.get("peakHeapBytes").isIntegralNumber(), facts.toString());
        assertEquals(phase.get("size").asLong(),
            facts.get("follows").asLong() + facts.get("interactions").asLong());
      }
    }
    assertEquals(2, modelRuns, "the model at both scales");

    boolean agreementReported = false;
    for (JsonNode headline : json.get("headlines")) {
      assertTrue(Double.isFinite(headline.get("value").asDouble()), headline.toString());
      if (headline.get("name").asText().contains("|Sway - JGraphT|")) {
        agreementReported = true;
        assertTrue(headline.get("value").asDouble() <= SideBySide.AGREEMENT, headline.toString());
        assertTrue(headline.get("met").asBoolean());
      }
    }
    assertTrue(agreementReported, "the agreement with JGraphT is a headline");

    String markdown = Files.readString(written.markdown());
    assertTrue(markdown.contains("## Headlines"), markdown);
    assertTrue(markdown.contains("| pagerank (20 iterations) | sway (2 threads) |"), markdown);
    assertTrue(markdown.contains("![median time by input size](smoke-scaling.svg)"), markdown);
    assertTrue(json.get("machine").get("cores").asInt() >= 1);
    assertTrue(json.get("command").asText().contains("--accounts 300,600"));
  }
}
