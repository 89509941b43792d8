package io.sway.benchmarks.loading;

import io.sway.loader.neo4j.ActivityExtractor;
import io.sway.loader.neo4j.LoadReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The loading benchmark's figures, written as {@code loading.json} and {@code loading.md}. */
final class Report {
  private final String arguments;
  private final int repetitions;
  private final Instant started = Instant.now();
  private final List<Scale> scales = new ArrayList<>();
  private final List<Double> loadAverages = new ArrayList<>();

  /**
   * Notes the machine's one-minute load average: the machine may be shared, and figures taken
   * while other work ran are slower than the machine can do.
   */
  void sampleLoad() {
    try {
      String line = Files.readString(Path.of("/proc/loadavg"));
      loadAverages.add(Double.parseDouble(line.substring(0, line.indexOf(' '))));
    } catch (IOException | RuntimeException e) {
      // not on Linux: no load figures
    }
  }

  private String loadSummary() {
    if (loadAverages.isEmpty()) {
      return "unknown";
    }
    List<Double> sorted = loadAverages.stream().sorted().toList();
    return String.format(Locale.ROOT, "median %.1f (%.1f–%.1f) over %d samples",
        sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast(), sorted.size());
  }

  Report(String arguments, int repetitions) {
    this.arguments = arguments;
    this.repetitions = repetitions;
  }

  Scale scale(int accounts, Duration generation) {
    Scale scale = new Scale(accounts, generation);
    scales.add(scale);
    return scale;
  }

  /** One scale's measurements, each a list over repetitions. */
  static final class Scale {
    final int accounts;
    final Duration generation;
    final List<Duration> bulkTotal = new ArrayList<>();
    final List<Duration> bulkValidation = new ArrayList<>();
    final Map<String, List<Duration>> bulkPhases = new LinkedHashMap<>();
    long bulkRelationships;
    Map<String, Long> bulkCounts = Map.of();
    final Map<ActivityExtractor.Reader, List<Duration>> extract =
        new EnumMap<>(ActivityExtractor.Reader.class);
    long extractRelationships;
    final List<Duration> incremental = new ArrayList<>();
    long incrementalRelationships;
    long incrementalAdded;
    Map<String, Long> incrementalCounts = Map.of();

    Scale(int accounts, Duration generation) {
      this.accounts = accounts;
      this.generation = generation;
    }

    void bulk(Duration total, Duration validation, LoadReport load) {
      bulkTotal.add(total);
      bulkValidation.add(validation);
      load.phases().forEach((k, v) -> bulkPhases.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      bulkRelationships = load.relationships();
      bulkCounts = load.counts();
    }

    void extract(ActivityExtractor.Reader reader, Duration took, long relationships) {
      extract.computeIfAbsent(reader, r -> new ArrayList<>()).add(took);
      extractRelationships = relationships;
    }

    void incremental(Duration took, LoadReport load, long added) {
      incremental.add(took);
      incrementalRelationships = load.relationships();
      incrementalAdded = added;
      incrementalCounts = load.counts();
    }
  }

  void write(Path out) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("loading.json"), json());
    Files.writeString(out.resolve("loading.md"), markdown());
  }

  private static double median(List<Duration> values) {
    List<Long> sorted = values.stream().map(Duration::toMillis).sorted().toList();
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) / 1e3 : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2e3;
  }

  private static double min(List<Duration> values) {
    return values.stream().mapToLong(Duration::toMillis).min().orElse(0) / 1e3;
  }

  private static double max(List<Duration> values) {
    return values.stream().mapToLong(Duration::toMillis).max().orElse(0) / 1e3;
  }

  private static String seconds(List<Duration> values) {
    return String.format(Locale.ROOT, "%.1f s (%.1f–%.1f)", median(values), min(values),
        max(values));
  }

  private static String rate(long relationships, List<Duration> values) {
    return String.format(Locale.ROOT, "%,.0f/s", relationships / median(values));
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Loading and extraction benchmark\n\n");
    md.append("Produced by `io.sway.benchmarks.loading.LoadingBenchmark` (command in its Javadoc), ")
        .append("arguments `").append(arguments).append("`, started ").append(started)
        .append(". Medians of ").append(repetitions)
        .append(" repetitions, (min–max) in brackets; rates are relationships per second of wall ")
        .append("time at the median.\n\n");
    md.append("One-minute load average while it ran (other work shares the machine): ")
        .append(loadSummary()).append(".\n\n");
    md.append("Machine: ").append(machine().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
        .append(".\n\n");
    md.append("| accounts | relationships | generate | bulk load (validation + import) | rate | ")
        .append("importer alone | rate | validation | importer files | schema |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Scale s : scales) {
      List<Duration> importer = s.bulkPhases.getOrDefault("importer", List.of());
      md.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f s | %s | %s | %s | %s | %s | %s | %s |\n",
          s.accounts, s.bulkRelationships, s.generation.toMillis() / 1e3, seconds(s.bulkTotal),
          rate(s.bulkRelationships, s.bulkTotal), seconds(importer),
          rate(s.bulkRelationships, importer), seconds(s.bulkValidation),
          seconds(s.bulkPhases.getOrDefault("importer files", List.of())),
          seconds(s.bulkPhases.getOrDefault("schema", List.of()))));
    }
    md.append("\n| accounts | incremental rows (relationships) | added | incremental load over Bolt ")
        .append("| rate |\n|---:|---:|---:|---:|---:|\n");
    for (Scale s : scales) {
      md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %s | %s |\n", s.accounts,
          s.incrementalRelationships, s.incrementalAdded, seconds(s.incremental),
          rate(s.incrementalRelationships, s.incremental)));
    }
    md.append("\n| accounts | relationships extracted | in-process | rate | over Bolt | rate |\n")
        .append("|---:|---:|---:|---:|---:|---:|\n");
    for (Scale s : scales) {
      List<Duration> local = s.extract.getOrDefault(ActivityExtractor.Reader.IN_PROCESS, List.of());
      List<Duration> bolt = s.extract.getOrDefault(ActivityExtractor.Reader.BOLT, List.of());
      md.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s |\n", s.accounts,
          s.extractRelationships, seconds(local), rate(s.extractRelationships, local),
          seconds(bolt), rate(s.extractRelationships, bolt)));
    }
    md.append("\nRow counts per scale (bulk load; incremental delta):\n\n");
    for (Scale s : scales) {
      md.append("- ").append(String.format(Locale.ROOT, "%,d", s.accounts)).append(" accounts: ")
          .append(s.bulkCounts).append("; delta ").append(s.incrementalCounts).append('\n');
    }
    return md.toString();
  }

  private String json() {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"benchmark\": \"loading\",\n");
    json.append("  \"arguments\": ").append(quote(arguments)).append(",\n");
    json.append("  \"started\": ").append(quote(started.toString())).append(",\n");
    json.append("  \"repetitions\": ").append(repetitions).append(",\n");
    json.append("  \"loadAverage\": ").append(quote(loadSummary())).append(",\n");
    json.append("  \"machine\": {");
    json.append(machine().entrySet().stream()
        .map(e -> quote(e.getKey()) + ": " + quote(e.getValue()))
        .collect(Collectors.joining(", ")));
    json.append("},\n  \"scales\": [\n");
    List<String> rows = new ArrayList<>();
    for (Scale s : scales) {
      StringBuilder row = new StringBuilder("    {");
      row.append("\"accounts\": ").append(s.accounts);
      row.append(", \"generationSeconds\": ").append(s.generation.toMillis() / 1e3);
      row.append(", \"bulk\": {\"relationships\": ").append(s.bulkRelationships)
          .append(", \"counts\": ").append(counts(s.bulkCounts))
          .append(", \"totalMillis\": ").append(LoadingBenchmark.millis(s.bulkTotal))
          .append(", \"validationMillis\": ").append(LoadingBenchmark.millis(s.bulkValidation));
      s.bulkPhases.forEach((k, v) -> row.append(", ").append(quote(k + "Millis")).append(": ")
          .append(LoadingBenchmark.millis(v)));
      row.append(", \"medianRelationshipsPerSecond\": ")
          .append(Math.round(s.bulkRelationships / median(s.bulkTotal)))
          .append(", \"importerMedianRelationshipsPerSecond\": ")
          .append(Math.round(s.bulkRelationships
              / median(s.bulkPhases.getOrDefault("importer", List.of()))))
          .append("}");
      row.append(", \"incremental\": {\"relationshipRows\": ").append(s.incrementalRelationships)
          .append(", \"relationshipsAdded\": ").append(s.incrementalAdded)
          .append(", \"counts\": ").append(counts(s.incrementalCounts))
          .append(", \"millis\": ").append(LoadingBenchmark.millis(s.incremental))
          .append(", \"medianRelationshipsPerSecond\": ")
          .append(Math.round(s.incrementalRelationships / median(s.incremental))).append("}");
      row.append(", \"extract\": {\"relationships\": ").append(s.extractRelationships);
      s.extract.forEach((reader, v) -> row.append(", ")
          .append(quote(reader.name().toLowerCase(Locale.ROOT) + "Millis")).append(": ")
          .append(LoadingBenchmark.millis(v)).append(", ")
          .append(quote(reader.name().toLowerCase(Locale.ROOT) + "MedianRelationshipsPerSecond"))
          .append(": ").append(Math.round(s.extractRelationships / median(v))));
      row.append("}}");
      rows.add(row.toString());
    }
    json.append(String.join(",\n", rows)).append("\n  ]\n}\n");
    return json.toString();
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(e -> quote(e.getKey()) + ": " + e.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static Map<String, String> machine() {
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("cpu", cpuModel());
    machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      machine.put("memory", String.format(Locale.ROOT, "%.1f GiB",
          os.getTotalMemorySize() / (double) (1L << 30)));
    }
    machine.put("maxHeap", String.format(Locale.ROOT, "%.1f GiB",
        Runtime.getRuntime().maxMemory() / (double) (1L << 30)));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    return machine;
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
