package io.sway.loader.neo4j;

/** Neo4j could not be reached or refused Sway: a problem the user fixes, not a bug. */
public final class Neo4jUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public Neo4jUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
