package io.sway.cli;

import io.sway.cli.guide.GuideResource;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * A full Neo4j Community server on Sway's embedded database: Bolt for drivers and cypher-shell,
 * HTTP for Neo4j Browser (served when its jar is on the class path) and Sway's Browser guide.
 * Both listen on the loopback interface only, so authentication is off, as for the embedded
 * database.
 */
final class SwayServer implements AutoCloseable {
  private static final String LOOPBACK = "127.0.0.1";

  private final CommunityBootstrapper bootstrapper;
  private final int boltPort;
  private final int httpPort;

  private SwayServer(CommunityBootstrapper bootstrapper, int boltPort, int httpPort) {
    this.bootstrapper = bootstrapper;
    this.boltPort = boltPort;
    this.httpPort = httpPort;
  }

  /**
   * Starts the server on the store under {@code home}.
   *
   * @throws UserException when Neo4j cannot start, e.g. a port is taken or another command holds
   *     the database (the server's log is named)
   */
  static SwayServer start(Path home, String databaseName, int boltPort, int httpPort, String guide) {
    Path absoluteHome = home.toAbsolutePath().normalize();
    GuideResource.publish(guide);
    Map<String, String> settings = new HashMap<>();
    settings.put("initial.dbms.default_database", databaseName);
    settings.put("dbms.security.auth_enabled", "false");
    settings.put("server.default_listen_address", LOOPBACK);
    settings.put("server.default_advertised_address", LOOPBACK);
    settings.put("server.bolt.listen_address", LOOPBACK + ":" + boltPort);
    settings.put("server.bolt.advertised_address", LOOPBACK + ":" + boltPort);
    settings.put("server.http.enabled", "true");
    settings.put("server.http.listen_address", LOOPBACK + ":" + httpPort);
    settings.put("server.http.advertised_address", LOOPBACK + ":" + httpPort);
    settings.put("server.https.enabled", "false");
    settings.put("server.unmanaged_extension_classes",
        GuideResource.class.getPackageName() + "=" + GuideResource.MOUNT);
    settings.put("browser.remote_content_hostname_whitelist", LOOPBACK + ",localhost");
    settings.put("browser.post_connect_cmd", "play " + guideUri(httpPort));
    settings.put("db.tx_log.preallocate", "false");
    settings.put("dbms.usage_report.enabled", "false");
    settings.put("internal.dbms.bolt.netty_server_shutdown_quiet_period_duration", "0s");
    CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
    int status = bootstrapper.start(absoluteHome, null, settings, false, false);
    if (status != NeoBootstrapper.OK) {
      bootstrapper.stop();
      throw new UserException("Neo4j could not start on " + absoluteHome + " (status " + status
          + "): is a port taken or another sway command using the database? See "
          + absoluteHome.resolve("logs/neo4j.log"));
    }
    return new SwayServer(bootstrapper, boltPort, httpPort);
  }

  static URI guideUri(int httpPort) {
    return URI.create("http://" + LOOPBACK + ":" + httpPort + GuideResource.MOUNT + "/"
        + GuideResource.PATH);
  }

  URI boltUri() {
    return URI.create("bolt://" + LOOPBACK + ":" + boltPort);
  }

  /** Neo4j Browser, set to connect without authentication. */
  URI browserUri() {
    return URI.create("http://" + LOOPBACK + ":" + httpPort
        + "/browser/?preselectAuthMethod=NO_AUTH&dbms=" + boltUri());
  }

  URI guideUri() {
    return guideUri(httpPort);
  }

  /** Whether Neo4j Browser's files are on the class path (the neo4j-browser jar). */
  static boolean browserAvailable() {
    return SwayServer.class.getClassLoader().getResource("browser/index.html") != null;
  }

  @Override
  public void close() {
    bootstrapper.stop();
  }
}
