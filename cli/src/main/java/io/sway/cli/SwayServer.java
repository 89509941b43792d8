package io.sway.cli;

import io.sway.cli.guide.GuideResource;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.server.NeoBootstrapper;

/**
 * A full Neo4j Community server on Sway's embedded database: Bolt for drivers and cypher-shell,
 * HTTP for Neo4j Browser (served when its jar is on the class path) and Sway's Browser guide.
 * On the loopback interface authentication is off, as for the embedded database; on any other
 * address it is on, for the user {@code neo4j} with the password {@link #setPassword} set.
 */
final class SwayServer implements AutoCloseable {
  private static final String LOOPBACK = "127.0.0.1";

  /** The user a served database with authentication knows. */
  static final String USER = "neo4j";

  /** The password of {@link #USER} in a new auth store, which must be changed before any use. */
  private static final String INITIAL_PASSWORD = "neo4j";

  private final CommunityBootstrapper bootstrapper;
  private final String host;
  private final int boltPort;
  private final int httpPort;
  private final boolean authenticated;

  private SwayServer(CommunityBootstrapper bootstrapper, String host, int boltPort, int httpPort,
      boolean authenticated) {
    this.bootstrapper = bootstrapper;
    this.host = host;
    this.boltPort = boltPort;
    this.httpPort = httpPort;
    this.authenticated = authenticated;
  }

  /**
   * Starts the server on the store under {@code home}.
   *
   * @throws UserException when Neo4j cannot start, e.g. a port is taken or another command holds
   *     the database (the server's log is named)
   */
  static SwayServer start(Path home, String databaseName, int boltPort, int httpPort, String guide) {
    return start(home, databaseName, LOOPBACK, boltPort, httpPort, guide, false);
  }

  /**
   * Starts the server on the store under {@code home}, listening on {@code listen}.
   *
   * @param authenticated whether clients must log in as {@link #USER}
   * @throws UserException when Neo4j cannot start
   */
  static SwayServer start(Path home, String databaseName, String listen, int boltPort,
      int httpPort, String guide, boolean authenticated) {
    Path absoluteHome = home.toAbsolutePath().normalize();
    GuideResource.publish(guide);
    String advertised = "0.0.0.0".equals(listen) || "::".equals(listen) ? LOOPBACK : listen;
    Map<String, String> settings = new HashMap<>();
    settings.put("initial.dbms.default_database", databaseName);
    settings.put("dbms.security.auth_enabled", String.valueOf(authenticated));
    settings.put("server.default_listen_address", listen);
    settings.put("server.default_advertised_address", advertised);
    settings.put("server.bolt.listen_address", listen + ":" + boltPort);
    settings.put("server.bolt.advertised_address", advertised + ":" + boltPort);
    settings.put("server.http.enabled", "true");
    settings.put("server.http.listen_address", listen + ":" + httpPort);
    settings.put("server.http.advertised_address", advertised + ":" + httpPort);
    settings.put("server.https.enabled", "false");
    settings.put("server.unmanaged_extension_classes",
        GuideResource.class.getPackageName() + "=" + GuideResource.MOUNT);
    settings.put("browser.remote_content_hostname_whitelist", advertised + ",localhost");
    settings.put("browser.post_connect_cmd", "play " + guideUri(advertised, httpPort));
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
    return new SwayServer(bootstrapper, advertised, boltPort, httpPort, authenticated);
  }

  /**
   * Makes {@code password} the password of {@link #USER} in the auth store under {@code home}:
   * starts the server on the loopback interface with authentication on, sets the password if the
   * store is new, or checks it against the one set before, and stops. So the server never listens
   * elsewhere with the initial password.
   *
   * @throws UserException if a different password was set before
   */
  static void setPassword(Path home, String databaseName, int boltPort, int httpPort,
      String password) {
    try (SwayServer server =
        start(home, databaseName, LOOPBACK, boltPort, httpPort, "", true)) {
      if (canLogIn(server.boltUri(), password)) {
        return;
      }
      try (Driver driver = GraphDatabase.driver(
              server.boltUri(), AuthTokens.basic(USER, INITIAL_PASSWORD));
          Session session = driver.session(SessionConfig.forDatabase("system"))) {
        session.run("ALTER CURRENT USER SET PASSWORD FROM $old TO $new",
            Map.of("old", INITIAL_PASSWORD, "new", password)).consume();
      } catch (AuthenticationException e) {
        throw new UserException("this database's server password was set before, to another "
            + "value: give that one (or remove " + home.resolve("data/dbms/auth.ini")
            + " to set a new one)");
      }
    }
  }

  private static boolean canLogIn(URI bolt, String password) {
    try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.basic(USER, password))) {
      driver.verifyConnectivity();
      try (Session session = driver.session()) {
        session.run("RETURN 1").consume();
      }
      return true;
    } catch (AuthenticationException e) {
      return false;
    } catch (ClientException e) {
      // a new store's user must change the initial password first
      if (e.getMessage() != null && e.getMessage().contains("change")) {
        return false;
      }
      throw e;
    }
  }

  boolean authenticated() {
    return authenticated;
  }

  static URI guideUri(int httpPort) {
    return guideUri(LOOPBACK, httpPort);
  }

  static URI guideUri(String host, int httpPort) {
    return URI.create("http://" + host + ":" + httpPort + GuideResource.MOUNT + "/"
        + GuideResource.PATH);
  }

  URI boltUri() {
    return URI.create("bolt://" + host + ":" + boltPort);
  }

  /** Neo4j Browser, set to connect without authentication on the loopback interface. */
  URI browserUri() {
    return URI.create("http://" + host + ":" + httpPort + "/browser/?preselectAuthMethod="
        + (authenticated ? "BASIC" : "NO_AUTH") + "&dbms=" + boltUri());
  }

  URI guideUri() {
    return guideUri(host, httpPort);
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
