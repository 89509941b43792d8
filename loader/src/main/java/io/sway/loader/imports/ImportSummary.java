package io.sway.loader.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import wrote, what it skipped and why, in the order the counts were made.
 *
 * @param rowsWritten rows per output file, keyed by the file's base name ({@code accounts},
 *     {@code follows}, {@code posts}, {@code interactions}), and rows per interaction type keyed
 *     {@code interactions.<type>} (e.g. {@code interactions.reshare}); a file with no row is
 *     counted 0 when it was written, absent when it was not
 * @param skipped source rows left out on purpose, keyed by reason (e.g.
 *     {@value #SELF_FOLLOWS}), only reasons that occurred
 * @param notes what the source could not provide and how it was filled in, and which source
 *     files were ignored, one sentence each
 */
public record ImportSummary(Map<String, Long> rowsWritten, Map<String, Long> skipped, List<String> notes) {
  /** Skip reason: a follow edge from an account to itself. */
  public static final String SELF_FOLLOWS = "self-follows";

  /** Skip reason: an interaction of an account with itself or with its own post. */
  public static final String SELF_INTERACTIONS = "self-interactions";

  public ImportSummary {
    rowsWritten = Collections.unmodifiableMap(new LinkedHashMap<>(rowsWritten));
    skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    notes = List.copyOf(notes);
  }

  /** The rows written under {@code key} (see {@link #rowsWritten()}), 0 when absent. */
  public long rows(String key) {
    return rowsWritten.getOrDefault(key, 0L);
  }

  /** The rows skipped for {@code reason}, 0 when none were. */
  public long skippedRows(String reason) {
    return skipped.getOrDefault(reason, 0L);
  }
}
