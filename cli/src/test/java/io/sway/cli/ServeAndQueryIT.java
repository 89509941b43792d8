package io.sway.cli;

import static io.sway.cli.SwayCommandIT.sway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sway.cypher.QueryLibrary;
import io.sway.loader.neo4j.ConnectionSettings;
import io.sway.loader.neo4j.Leaderboard;
import io.sway.loader.neo4j.SwayDatabase;
import io.sway.loader.testing.GraphCounts;
import io.sway.loader.testing.TestDatasets;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sway serve} in its own JVM on a loaded database, scored through it over Bolt, then used
 * the way analysts would: the real
 * cypher-shell client runs a library query over Bolt, {@code sway query} prints answers as a
 * table, CSV and JSON, Neo4j Browser opens in headless Chromium with the library's guide, and a
 * signal (what Ctrl-C sends) stops the server cleanly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeAndQueryIT {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
  private static final String READY = "Press Ctrl-C to stop.";

  @TempDir static Path temp;
  private static Path data;
  private static Path serveLog;
  private static Process server;
  private static URI bolt;
  private static URI http;

  @BeforeAll
  static void loadScoreAndServe() throws Exception {
    data = temp.resolve("data");
    assertEquals(0, sway("load", TestDatasets.copy(TestDatasets.TINY, temp).toString(),
        "--data-dir", data.toString()).exitCode());
    int boltPort = freePort();
    int httpPort = freePort();
    bolt = URI.create("bolt://127.0.0.1:" + boltPort);
    http = URI.create("http://127.0.0.1:" + httpPort);
    serveLog = temp.resolve("serve.log");
    List<String> command = new ArrayList<>(javaCommand(System.getProperty("java.class.path")));
    command.addAll(List.of(SwayCommand.class.getName(), "serve", "--data-dir", data.toString(),
        "--bolt-port", String.valueOf(boltPort), "--http-port", String.valueOf(httpPort)));
    server = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(serveLog.toFile()).start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!log().contains(READY)) {
      assertTrue(server.isAlive(), "sway serve ended early:\n" + log());
      assertTrue(System.nanoTime() < deadline, "sway serve did not start:\n" + log());
      Thread.sleep(200);
    }
    SwayCommandIT.Run score = sway("score", "--neo4j-uri", bolt.toString());
    assertEquals(0, score.exitCode(), "scoring through the served database: " + score.err());
  }

  @AfterAll
  static void stopIfStillRunning() {
    if (server != null && server.isAlive()) {
      server.destroyForcibly();
    }
  }

  @Test
  @Order(1)
  void servePrintsHowToConnect() throws Exception {
    String log = log();
    assertTrue(log.contains("Bolt:          " + bolt), log);
    assertTrue(log.contains("Neo4j Browser: " + http + "/browser/?preselectAuthMethod=NO_AUTH"), log);
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> guide = client.send(
        HttpRequest.newBuilder(http.resolve("/sway/guide")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, guide.statusCode());
    for (var query : QueryLibrary.all()) {
      assertTrue(guide.body().contains(query.title()), "the guide offers " + query.name());
    }
    assertEquals(200, client.send(HttpRequest.newBuilder(http.resolve("/browser/")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode());
  }

  @Test
  @Order(2)
  void cypherShellRunsALibraryFileAsItIs() throws Exception {
    Path classpathFile = Path.of("target", "cypher-shell.classpath");
    Assumptions.assumeTrue(Files.exists(classpathFile), "built with -DskipTests: no cypher-shell");
    Path queryFile = temp.resolve("top-influencers.cypher");
    try (InputStream in = QueryLibrary.class.getResourceAsStream("queries/top-influencers.cypher")) {
      Files.write(queryFile, in.readAllBytes());
    }
    List<String> command = new ArrayList<>(javaCommand(Files.readString(classpathFile).strip()));
    command.addAll(List.of("org.neo4j.shell.Main", "-a", bolt.toString(), "--non-interactive",
        "--format", "plain", "-P", "n => 3", "-P", "network => null", "-f", queryFile.toString()));
    Process shell = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(shell.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, shell.exitValue(), output);
    List<String> lines = output.lines().filter(l -> !l.startsWith("WARNING")).toList();
    int header = lines.indexOf("rank, handle, network, score, reach, amplification, influence, spam");
    assertTrue(header >= 0, output);
    List<Leaderboard.Entry> top;
    try (SwayDatabase database = served()) {
      top = new Leaderboard(database).top(3);
    }
    for (int i = 0; i < 3; i++) {
      assertTrue(lines.get(header + 1 + i).startsWith((i + 1) + ", \"" + top.get(i).handle() + "\", "),
          lines.get(header + 1 + i) + " is rank " + (i + 1) + " " + top.get(i).handle());
    }
  }

  @Test
  @Order(3)
  void queryPrintsATableCsvAndJson() throws Exception {
    SwayCommandIT.Run table = sway("query", "top-influencers", "--param", "n=3",
        "--neo4j-uri", bolt.toString());
    assertEquals(0, table.exitCode(), table.err());
    List<String> lines = table.out().lines().toList();
    assertTrue(lines.get(0).matches("rank\\s+handle\\s+network\\s+score\\s+reach\\s+amplification\\s+influence\\s+spam"),
        table.out());
    assertTrue(lines.get(1).matches("[- ]+"));
    assertEquals("(3 rows)", lines.get(5));

    SwayCommandIT.Run csv = sway("query", "top-influencers", "--param", "n=3", "--format", "csv",
        "--neo4j-uri", bolt.toString());
    assertEquals(0, csv.exitCode(), csv.err());
    List<String> rows = csv.out().lines().toList();
    assertEquals("rank,handle,network,score,reach,amplification,influence,spam", rows.get(0));
    assertEquals(4, rows.size());
    assertTrue(rows.get(1).startsWith("1,"), csv.out());

    SwayCommandIT.Run json = sway("query", "compare-accounts", "--format", "json",
        "--param", "handles=" + handleOfRank(1) + "," + handleOfRank(2), "--neo4j-uri", bolt.toString());
    assertEquals(0, json.exitCode(), json.err());
    JsonNode answer = new ObjectMapper().readTree(json.out());
    assertEquals(2, answer.size());
    assertEquals(handleOfRank(1), answer.get(0).get("handle").asText());
    assertTrue(answer.get(0).get("topics").isArray());
    assertTrue(answer.get(0).get("score").asInt() >= answer.get(1).get("score").asInt());
  }

  @Test
  @Order(4)
  void queryListShowsEveryQueryAndMistakesExitOne() {
    SwayCommandIT.Run list = sway("query", "--list");
    assertEquals(0, list.exitCode());
    for (var query : QueryLibrary.all()) {
      assertTrue(list.out().contains(query.name() + ": " + query.title()), list.out());
      assertTrue(list.out().contains(query.question()));
    }
    assertTrue(list.out().contains("--param topic STRING (required)"), list.out());
    for (String command : new String[] {"query", "serve"}) {
      SwayCommandIT.Run help = sway(command, "--help");
      assertEquals(0, help.exitCode());
      assertTrue(help.out().contains("Usage: sway " + command), help.out());
    }

    SwayCommandIT.Run unknown = sway("query", "nope");
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.err().contains("no query named 'nope'"), unknown.err());
    SwayCommandIT.Run badValue = sway("query", "top-influencers", "--param", "n=ten");
    assertEquals(1, badValue.exitCode());
    assertTrue(badValue.err().contains("parameter 'n': expected an INTEGER, was 'ten'"), badValue.err());
    SwayCommandIT.Run missing = sway("query", "top-on-topic");
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("needs --param topic=VALUE"), missing.err());
    assertFalse(missing.err().contains("\tat "), "no stack trace for a user error");
  }

  @Test
  @Order(5)
  void aHostileHandleIsAnsweredWithNoRowsAndChangesNothing() {
    Map<String, Long> counts;
    String scores;
    try (SwayDatabase database = served()) {
      counts = GraphCounts.of(database);
      scores = GraphCounts.scoreChecksum(database);
    }
    String hostile = "x'}) DETACH DELETE n //";
    for (String query : List.of("why-this-score", "amplifiers", "score-history")) {
      SwayCommandIT.Run run = sway("query", query, "--param", "handle=" + hostile,
          "--neo4j-uri", bolt.toString());
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("(0 rows)"), run.out());
    }
    try (SwayDatabase database = served()) {
      assertEquals(counts, GraphCounts.of(database));
      assertEquals(scores, GraphCounts.scoreChecksum(database));
    }
  }

  @Test
  @Order(6)
  void neo4jBrowserOpensWithTheLibraryGuideInHeadlessChromium() throws Exception {
    Path chromium = HeadlessChromium.installed();
    Path screenshot = Path.of("target", "browser-guide.png");
    String text = HeadlessChromium.screenshot(chromium, temp.resolve("chromium"),
        URI.create(http + "/browser/?preselectAuthMethod=NO_AUTH&dbms=" + bolt),
        BrowserGuide.TITLE, screenshot);
    assertTrue(text.contains(BrowserGuide.TITLE), text);
    assertTrue(text.contains("Top influencers"), text);
    assertTrue(Files.size(screenshot) > 10_000, "a real screenshot: " + screenshot.toAbsolutePath());
  }

  @Test
  @Order(7)
  void aSignalStopsTheServerCleanlyAndReleasesTheDatabase() throws Exception {
    server.destroy();
    assertTrue(server.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "still running:\n" + log());
    assertTrue(log().contains("Stopped."), log());
    assertEquals(0, sway("top", "--data-dir", data.toString(), "-n", "1").exitCode(),
        "the database opens again once the server is gone");
  }

  private static SwayDatabase served() {
    return SwayDatabase.connect(new ConnectionSettings(bolt, null, null, data, null));
  }

  private static String handleOfRank(int rank) {
    try (SwayDatabase database = served()) {
      return new Leaderboard(database).top(rank).get(rank - 1).handle();
    }
  }

  static List<String> javaCommand(String classpath) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx1g", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow", "-cp", classpath));
    return command;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String log() {
    try {
      return Files.exists(serveLog) ? Files.readString(serveLog) : "";
    } catch (IOException e) {
      return "(cannot read " + serveLog + ": " + e + ")";
    }
  }
}
