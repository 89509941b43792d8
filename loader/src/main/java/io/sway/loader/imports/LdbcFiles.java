package io.sway.loader.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The part files of an LDBC SNB CSV folder, by entity. A part file is named {@code
 * <entity>_<n>_<m>.csv} (optionally {@code .gz}), e.g. {@code person_knows_person_1_0.csv}; an
 * entity may have several. They are looked for in the folder itself and in its {@value #DYNAMIC}
 * and {@value #STATIC} subfolders, so both the datagen's layout and a flat folder work.
 */
final class LdbcFiles {
  static final String DYNAMIC = "dynamic";
  static final String STATIC = "static";

  private static final Pattern PART_FILE =
      Pattern.compile("(.+?)_(\\d+)_(\\d+)\\.csv(?:" + Pattern.quote(SourceLines.GZIP_SUFFIX) + ")?");
  private static final int ENTITY = 1;
  private static final int FIRST_PART = 2;
  private static final int SECOND_PART = 3;

  private record Part(Path file, long first, long second) {}

  private static final Comparator<Part> PART_ORDER = Comparator.comparingLong(Part::first)
      .thenComparingLong(Part::second)
      .thenComparing(part -> part.file().toString());

  private final Map<String, List<Part>> parts;

  private LdbcFiles(Map<String, List<Part>> parts) {
    this.parts = parts;
  }

  /**
   * Lists the part files of {@code folder}.
   *
   * @throws ImportFormatException when a part file is present both plain and gzip-compressed
   */
  static LdbcFiles scan(SourceFolder folder) throws IOException, ImportFormatException {
    Map<String, List<Part>> parts = new TreeMap<>();
    for (Path dir : List.of(folder.path(), folder.path().resolve(DYNAMIC), folder.path().resolve(STATIC))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> listing = Files.list(dir)) {
        for (Path file : listing.filter(Files::isRegularFile).toList()) {
          Matcher name = PART_FILE.matcher(file.getFileName().toString());
          if (name.matches()) {
            requireNotBothPlainAndGzip(file);
            parts.computeIfAbsent(name.group(ENTITY), entity -> new ArrayList<>())
                .add(new Part(file, number(name.group(FIRST_PART)), number(name.group(SECOND_PART))));
          }
        }
      }
    }
    parts.values().forEach(list -> list.sort(PART_ORDER));
    return new LdbcFiles(parts);
  }

  private static void requireNotBothPlainAndGzip(Path file) throws ImportFormatException {
    String name = file.getFileName().toString();
    if (name.endsWith(SourceLines.GZIP_SUFFIX)) {
      String plain = name.substring(0, name.length() - SourceLines.GZIP_SUFFIX.length());
      if (Files.exists(file.resolveSibling(plain))) {
        throw new ImportFormatException(name, 0, "both " + plain + " and " + name
            + " are present; keep only one");
      }
    }
  }

  private static long number(String digits) {
    long value = LineFields.parseNonNegative(digits, 0, digits.length());
    return value == LineFields.NOT_A_NUMBER ? Long.MAX_VALUE : value;
  }

  /** The part files of {@code entity} in part order, empty when there are none. */
  List<Path> of(String entity) {
    return parts.getOrDefault(entity, List.of()).stream().map(Part::file).toList();
  }

  boolean has(String entity) {
    return parts.containsKey(entity);
  }

  /** The entities found, with their number of part files, in name order. */
  Map<String, Integer> entities() {
    Map<String, Integer> counts = new TreeMap<>();
    parts.forEach((entity, list) -> counts.put(entity, list.size()));
    return counts;
  }
}
