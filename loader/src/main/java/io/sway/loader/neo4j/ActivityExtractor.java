package io.sway.loader.neo4j;

import io.sway.engine.model.Activity;
import io.sway.engine.model.EngagementType;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads everything the influence model needs for one window out of Neo4j into an {@link
 * Activity}: all accounts (in id order) with their owners, all follows, the posts created or
 * engaged with in the window, and the window's engagement events.
 *
 * <p>When Sway runs the DBMS itself ({@link SwayDatabase#embedded()}), the rows are read from the
 * store in-process, in one read transaction; otherwise they stream over Bolt in one read
 * transaction. Both readers feed an {@link ActivityAssembler}, which puts every row in a canonical
 * order, so the result is the same array for array whichever way it was read.
 */
public final class ActivityExtractor {
  /** Which way the rows are read. */
  public enum Reader {
    /** In-process when the DBMS is embedded, over Bolt otherwise. */
    AUTO,
    /** From the embedded DBMS's store, in this JVM; fails when Sway did not start the DBMS. */
    IN_PROCESS,
    /** Cypher over Bolt, to any server. */
    BOLT
  }

  /** The relationship type each engagement kind is stored as. */
  static final Map<EngagementType, String> RELATIONSHIP_TYPES;

  static {
    Map<EngagementType, String> types = new EnumMap<>(EngagementType.class);
    types.put(EngagementType.RESHARE, "RESHARED");
    types.put(EngagementType.QUOTE, "QUOTED");
    types.put(EngagementType.REPLY, "REPLIED");
    types.put(EngagementType.MENTION, "MENTIONED");
    types.put(EngagementType.LIKE, "LIKED");
    RELATIONSHIP_TYPES = Collections.unmodifiableMap(types);
  }

  /**
   * The model's input and the ids its indexes stand for; {@code relationships} counts the follows,
   * engagement events and post authorships read.
   */
  public record Extracted(
      Activity activity, List<String> accountIds, List<String> postIds, List<String> personIds,
      long relationships) {}

  private final SwayDatabase database;
  private final Reader reader;

  public ActivityExtractor(SwayDatabase database) {
    this(database, Reader.AUTO);
  }

  public ActivityExtractor(SwayDatabase database, Reader reader) {
    this.database = database;
    this.reader = reader;
    if (reader == Reader.IN_PROCESS && database.embedded().isEmpty()) {
      throw new IllegalArgumentException(
          "the in-process reader needs the embedded DBMS, but this connection is to a server");
    }
  }

  /** Everything in {@code [from, to]}. */
  public Extracted extract(Instant from, Instant to) {
    ActivityAssembler assembler = new ActivityAssembler(from.getEpochSecond(), to.getEpochSecond());
    boolean inProcess = reader == Reader.IN_PROCESS
        || (reader == Reader.AUTO && database.embedded().isPresent());
    if (inProcess) {
      new EmbeddedActivityReader(database.embedded().orElseThrow().database())
          .read(from, to, assembler);
    } else {
      new BoltActivityReader(database).read(from, to, assembler);
    }
    return assembler.build();
  }
}
