package io.sway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, headless, cut off from the network: every request it would send goes to a
 * proxy on a closed local port, and its network log records every request it tried. Installed
 * with {@code apt-get install -y chromium} when missing; when that is impossible, the tests that
 * need it are skipped (by assumption), never failed.
 */
final class OfflineChromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 120;
  /** A closed port: a request sent through this proxy fails at once. */
  private static final String DEAD_PROXY = "127.0.0.1:9";
  /** How the network log names the initiator of a request that no page made. */
  private static final String BROWSER_INITIATOR = "not an origin";

  private final Path work;

  private OfflineChromium(Path work) {
    this.work = work;
  }

  /** Chromium, installed first if missing; the calling test is skipped when that fails. */
  static OfflineChromium available(Path work) {
    if (!Files.isExecutable(BINARY)) {
      install();
    }
    Assumptions.assumeTrue(Files.isExecutable(BINARY),
        "Chromium is not installed and 'apt-get install -y chromium' did not install it");
    return new OfflineChromium(work);
  }

  private static void install() {
    try {
      if (run(List.of("apt-get", "install", "-y", "-q", "chromium")) != 0) {
        run(List.of("apt-get", "update", "-q"));
        run(List.of("apt-get", "install", "-y", "-q", "chromium"));
      }
    } catch (IOException e) {
      // No apt-get here: the assumption in available() skips the test.
    }
  }

  /** The page's DOM after loading and layout; {@code netLog} receives Chromium's network log. */
  String dumpDom(Path page, Path netLog) throws IOException {
    Path dom = work.resolve("dom-" + System.nanoTime() + ".html");
    List<String> command = command();
    command.add("--log-net-log=" + netLog);
    command.add("--dump-dom");
    command.add(page.toUri().toString());
    int exit = run(command, dom);
    if (exit != 0) {
      throw new IOException("chromium --dump-dom exited with " + exit);
    }
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  /** A PNG of the page rendered in a window {@code width} wide and {@code height} high. */
  void screenshot(Path page, Path png, int width, int height) throws IOException {
    List<String> command = command();
    command.add("--screenshot=" + png.toAbsolutePath());
    command.add("--window-size=" + width + "," + height);
    command.add("--hide-scrollbars");
    command.add(page.toUri().toString());
    int exit = run(command, work.resolve("screenshot.log"));
    if (exit != 0 || !Files.exists(png)) {
      throw new IOException("chromium --screenshot exited with " + exit);
    }
  }

  /**
   * The URLs of the requests a page made, from a network log: requests with an initiator.
   * Chromium's own services (time, updates, accounts) run without a page and are logged with
   * the initiator "not an origin"; they are not the page's.
   */
  static List<String> pageRequests(Path netLog) throws IOException {
    JsonNode log = new ObjectMapper().readTree(netLog.toFile());
    int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
    List<String> urls = new ArrayList<>();
    for (JsonNode event : log.path("events")) {
      JsonNode params = event.path("params");
      if (event.path("type").asInt() == startJob && params.has("url")
          && !BROWSER_INITIATOR.equals(params.path("initiator").asText())) {
        urls.add(params.path("url").asText());
      }
    }
    return urls;
  }

  private List<String> command() throws IOException {
    Path profile = Files.createTempDirectory(work, "chromium-profile");
    return new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--proxy-server=" + DEAD_PROXY,
        "--user-data-dir=" + profile));
  }

  private static int run(List<String> command) throws IOException {
    return run(command, null);
  }

  private static int run(List<String> command, Path stdout) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(stdout == null);
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    if (stdout != null) {
      builder.redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
    Process process = builder.start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("timed out: " + command.getFirst());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      try (Stream<ProcessHandle> children = process.descendants()) {
        children.forEach(ProcessHandle::destroy);
      }
    }
  }
}
