package io.sway.cli;

import io.sway.loader.neo4j.ConnectionSettings;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the graph lives: options shared by every command that touches Neo4j. */
final class DatabaseOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "${env:SWAY_DATA_DIR:-sway-data}",
      description = "Home of the embedded Neo4j, used when no --neo4j-uri is given "
          + "(env SWAY_DATA_DIR; default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--neo4j-uri",
      paramLabel = "URI",
      defaultValue = "${env:SWAY_NEO4J_URI}",
      description = "An external Neo4j server, e.g. bolt://host:7687 (env SWAY_NEO4J_URI; "
          + "default: the embedded database).")
  URI uri;

  @Option(
      names = "--neo4j-user",
      paramLabel = "USER",
      defaultValue = "${env:SWAY_NEO4J_USER}",
      description = "User for --neo4j-uri (env SWAY_NEO4J_USER; default: no authentication).")
  String user;

  @Option(
      names = "--neo4j-password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:SWAY_NEO4J_PASSWORD}",
      description = "Password for --neo4j-user (env SWAY_NEO4J_PASSWORD, preferred: "
          + "a command line is visible to other users of the machine).")
  String password;

  @Option(
      names = "--database",
      paramLabel = "NAME",
      defaultValue = "${env:SWAY_NEO4J_DATABASE}",
      description = "Database name (env SWAY_NEO4J_DATABASE; default: neo4j embedded, "
          + "the server's default database otherwise).")
  String database;

  ConnectionSettings settings() {
    return new ConnectionSettings(uri, user, password, dataDir, database);
  }
}
