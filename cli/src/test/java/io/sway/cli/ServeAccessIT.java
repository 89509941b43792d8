package io.sway.cli;

import static io.sway.cli.SwayCommandIT.sway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sway.loader.testing.TestDatasets;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/**
 * {@code sway serve} lets nobody in unasked: on the loopback interface it needs no password; on
 * any other address it refuses to start without one, and with one, clients must log in. The
 * password is never printed.
 */
class ServeAccessIT {
  private static final String PASSWORD = "s3cret-analyst-pass";
  private static final String READY = "Press Ctrl-C to stop.";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  @TempDir Path temp;

  @Test
  void anotherAddressWithoutAPasswordIsRefused() throws Exception {
    Path data = loaded();

    SwayCommandIT.Run run = sway("serve", "--data-dir", data.toString(), "--listen", "0.0.0.0");

    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains(ServeCommand.PASSWORD_ENV) && run.err().contains("--password-file"),
        run.err());
    Path shortPassword = temp.resolve("short.txt");
    Files.writeString(shortPassword, "abc\n");
    SwayCommandIT.Run tooShort = sway("serve", "--data-dir", data.toString(), "--listen",
        "0.0.0.0", "--password-file", shortPassword.toString());
    assertEquals(1, tooShort.exitCode());
    assertTrue(tooShort.err().contains("at least 8 characters"), tooShort.err());
  }

  @Test
  void anotherAddressServesOnlyToClientsWithThePassword() throws Exception {
    Path data = loaded();
    int boltPort = ServeAndQueryIT.freePort();
    int httpPort = ServeAndQueryIT.freePort();
    Path log = temp.resolve("serve.log");
    List<String> command =
        new ArrayList<>(ServeAndQueryIT.javaCommand(System.getProperty("java.class.path")));
    command.addAll(List.of(SwayCommand.class.getName(), "serve", "--data-dir", data.toString(),
        "--listen", "0.0.0.0", "--bolt-port", String.valueOf(boltPort),
        "--http-port", String.valueOf(httpPort)));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put(ServeCommand.PASSWORD_ENV, PASSWORD);
    Process server = builder.start();
    try {
      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      while (!read(log).contains(READY)) {
        assertTrue(server.isAlive(), "sway serve ended early:\n" + read(log));
        assertTrue(System.nanoTime() < deadline, "sway serve did not start:\n" + read(log));
        Thread.sleep(200);
      }
      URI bolt = URI.create("bolt://127.0.0.1:" + boltPort);

      try (Driver anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
        Exception refused = assertThrows(Exception.class, anonymous::verifyConnectivity);
        assertTrue(refused instanceof AuthenticationException || refused instanceof ClientException,
            refused.toString());
      }
      try (Driver wrong = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "not-the-password"))) {
        assertThrows(AuthenticationException.class, wrong::verifyConnectivity);
      }
      try (Driver analyst = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", PASSWORD));
          Session session = analyst.session()) {
        assertEquals(8, session.run("MATCH (a:Account) RETURN count(a) AS n").single()
            .get("n").asInt());
      }
      String printed = read(log);
      assertTrue(printed.contains("with authentication (user neo4j, password from "
          + ServeCommand.PASSWORD_ENV + ")"), printed);
      assertFalse(printed.contains(PASSWORD), "the password is never printed:\n" + printed);
    } finally {
      server.destroy();
      assertTrue(server.waitFor(1, TimeUnit.MINUTES));
    }
    String logs = Files.exists(data.resolve("logs")) ? allText(data.resolve("logs")) : "";
    assertFalse(logs.contains(PASSWORD), "the password is in no log");
  }

  private Path loaded() throws IOException {
    Path data = temp.resolve("data");
    assertEquals(0, sway("load", TestDatasets.copy(TestDatasets.TINY, temp).toString(),
        "--data-dir", data.toString()).exitCode());
    return data;
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private static String allText(Path folder) throws IOException {
    StringBuilder text = new StringBuilder();
    try (var files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        text.append(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return text.toString();
  }
}
