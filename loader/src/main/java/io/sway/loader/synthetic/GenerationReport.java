package io.sway.loader.synthetic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link SyntheticNetwork#write} wrote.
 *
 * @param directory the dataset folder
 * @param rows data rows (header excluded) per file name, in the order the files were written;
 *     {@code truth.json} and {@code truth.md} are not tables and are not listed
 * @param elapsed wall-clock time of the whole generation
 */
public record GenerationReport(Path directory, Map<String, Long> rows, Duration elapsed) {

  public GenerationReport {
    rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** Data rows of {@code fileName}, e.g. {@code follows.csv}; 0 for a file not written. */
  public long rows(String fileName) {
    return rows.getOrDefault(fileName, 0L);
  }

  /** One line per file and the time, for a command line to print. */
  public String summary() {
    StringBuilder text =
        new StringBuilder("wrote ").append(directory).append(System.lineSeparator());
    rows.forEach((file, count) ->
        text.append(String.format(Locale.ROOT, "  %-18s %,d rows%n", file, count)));
    return text.append(String.format(Locale.ROOT, "in %.1f s", elapsed.toMillis() / 1000.0))
        .toString();
  }
}
