package io.sway.loader.neo4j;

/** Neo4j's bulk importer rejected the import; the message carries the importer's own output. */
public final class BulkImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BulkImportException(String message) {
    super(message);
  }
}
