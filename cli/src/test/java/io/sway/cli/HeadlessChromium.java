package io.sway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools protocol: open a page, wait until
 * its text shows what a test expects (Neo4j Browser connects over a WebSocket after the page has
 * loaded, so a plain {@code --screenshot} comes too early), and save a screenshot.
 */
final class HeadlessChromium {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STEP = Duration.ofMillis(500);
  private static final ObjectMapper JSON = new ObjectMapper();

  private HeadlessChromium() {}

  /** The Chromium binary, installed with apt-get when missing; skips the test when impossible. */
  static Path installed() throws InterruptedException {
    if (!Files.isExecutable(CHROMIUM)) {
      for (List<String> step : List.of(List.of("apt-get", "update", "-qq"),
          List.of("apt-get", "install", "-y", "-qq", "chromium"))) {
        try {
          Process p = new ProcessBuilder(step).redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
          p.waitFor(10, TimeUnit.MINUTES);
        } catch (IOException e) {
          Assumptions.abort("cannot install chromium: " + e.getMessage());
        }
      }
    }
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed and "
        + "'apt-get install -y chromium' did not install it");
    return CHROMIUM;
  }

  /**
   * Opens {@code page}, waits until its text contains {@code expected}, saves a PNG to {@code
   * screenshot} and returns the page's text.
   */
  static String screenshot(Path chromium, Path profile, URI page, String expected, Path screenshot)
      throws Exception {
    Files.createDirectories(profile);
    Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--window-size=1280,900", "--remote-debugging-port=0", "about:blank")
        .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    try {
      int port = debuggingPort(profile, process);
      HttpClient http = HttpClient.newHttpClient();
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      String socketUrl = null;
      for (JsonNode target : targets) {
        if (target.get("type").asText().equals("page")) {
          socketUrl = target.get("webSocketDebuggerUrl").asText();
        }
      }
      DevTools devTools = new DevTools(http, URI.create(socketUrl));
      devTools.call("Page.navigate", Map.of("url", page.toString()));
      String text = "";
      long deadline = System.nanoTime() + PAGE_TIMEOUT.toNanos();
      while (!text.contains(expected) && System.nanoTime() < deadline) {
        Thread.sleep(STEP.toMillis());
        JsonNode result = devTools.call("Runtime.evaluate", Map.of(
            "expression", "document.body ? document.body.innerText : ''", "returnByValue", true));
        text = result.path("result").path("value").asText("");
      }
      JsonNode shot = devTools.call("Page.captureScreenshot", Map.of("format", "png"));
      Files.createDirectories(screenshot.toAbsolutePath().getParent());
      Files.write(screenshot, Base64.getDecoder().decode(shot.get("data").asText()));
      devTools.close();
      return text;
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  /** Chromium writes the port it chose to DevToolsActivePort in its profile folder. */
  private static int debuggingPort(Path profile, Process process) throws Exception {
    Path file = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + PAGE_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && !lines.getFirst().isBlank()) {
          return Integer.parseInt(lines.getFirst().strip());
        }
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("chromium ended: "
            + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(STEP.toMillis());
    }
    throw new IllegalStateException("chromium opened no DevTools port");
  }

  /** A minimal DevTools protocol client: one request at a time, answers matched by id. */
  private static final class DevTools implements WebSocket.Listener {
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final StringBuilder message = new StringBuilder();
    private final WebSocket socket;

    DevTools(HttpClient http, URI url) {
      socket = http.newWebSocketBuilder().buildAsync(url, this).join();
    }

    JsonNode call(String method, Map<String, Object> params) throws Exception {
      int id = ids.incrementAndGet();
      CompletableFuture<JsonNode> answer = new CompletableFuture<>();
      pending.put(id, answer);
      ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
      request.set("params", JSON.valueToTree(params));
      socket.sendText(JSON.writeValueAsString(request), true).join();
      JsonNode response = answer.get(PAGE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      if (response.has("error")) {
        throw new IllegalStateException(method + ": " + response.get("error"));
      }
      return response.get("result");
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        try {
          JsonNode node = JSON.readTree(message.toString());
          if (node.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(node.get("id").asInt());
            if (answer != null) {
              answer.complete(node);
            }
          }
        } catch (IOException e) {
          pending.values().forEach(f -> f.completeExceptionally(e));
        }
        message.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    void close() {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
  }
}
