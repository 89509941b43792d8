package io.sway.loader.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where Sway's graph lives: an external Neo4j server ({@code uri} set) or the embedded one under
 * {@code dataDir}.
 *
 * @param uri an external server's Bolt or neo4j URI, or {@code null} for the embedded database
 * @param user the user for an external server ({@code null}: no authentication)
 * @param password the password for {@code user}
 * @param dataDir the embedded DBMS's home folder
 * @param database the database name ({@code null}: the server's default)
 */
public record ConnectionSettings(URI uri, String user, String password, Path dataDir, String database) {
  /** The embedded DBMS's home when none is given. */
  public static final Path DATA_DIR_DEFAULT = Path.of("sway-data");

  public ConnectionSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    if (uri != null && uri.getScheme() == null) {
      throw new IllegalArgumentException(
          "neo4j URI must name a scheme such as bolt:// or neo4j://, was '" + uri + "'");
    }
    if (password != null && user == null) {
      throw new IllegalArgumentException("a Neo4j password was given without a user");
    }
  }

  /** The embedded database under {@code dataDir}. */
  public static ConnectionSettings embedded(Path dataDir) {
    return new ConnectionSettings(null, null, null, dataDir, null);
  }

  public boolean isEmbedded() {
    return uri == null;
  }

  /** The database to use on the embedded DBMS. */
  public String embeddedDatabase() {
    return database == null ? EmbeddedNeo4j.DEFAULT_DATABASE : database;
  }
}
