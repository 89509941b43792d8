package io.sway.loader.neo4j;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a load wrote: rows per kind (as sent to Neo4j; an incremental load of rows that are
 * already there sends them again and changes nothing), how long it took, and how long each of
 * its phases took, in order (a bulk load: importer files, importer, schema, publish).
 */
public record LoadReport(
    Mode mode, Map<String, Long> counts, Duration elapsed, Map<String, Duration> phases) {
  /** How the data went in. */
  public enum Mode {
    BULK,
    INCREMENTAL
  }

  private static final Set<String> NODE_COUNTS = Set.of("accounts", "persons", "posts");

  public LoadReport {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    phases = Collections.unmodifiableMap(new LinkedHashMap<>(phases));
  }

  public LoadReport(Mode mode, Map<String, Long> counts, Duration elapsed) {
    this(mode, counts, elapsed, Map.of());
  }

  /** The relationships the load wrote: every count but the nodes'. */
  public long relationships() {
    return counts.entrySet().stream()
        .filter(e -> !NODE_COUNTS.contains(e.getKey()))
        .mapToLong(Map.Entry::getValue)
        .sum();
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
