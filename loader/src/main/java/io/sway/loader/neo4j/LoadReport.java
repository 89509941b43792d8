package io.sway.loader.neo4j;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a load wrote: rows per kind (as sent to Neo4j; an incremental load of rows that are
 * already there sends them again and changes nothing) and how long it took.
 */
public record LoadReport(Mode mode, Map<String, Long> counts, Duration elapsed) {
  /** How the data went in. */
  public enum Mode {
    BULK,
    INCREMENTAL
  }

  public LoadReport {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  static Map<String, Long> counts(
      long accounts, long persons, long owns, long follows, long posts, long replies,
      long interactions) {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("accounts", accounts);
    counts.put("persons", persons);
    counts.put("owns", owns);
    counts.put("follows", follows);
    counts.put("posts", posts);
    counts.put("replies", replies);
    counts.put("interactions", interactions);
    return counts;
  }
}
