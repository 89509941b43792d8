package io.sway.benchmarks.loading;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The loading benchmark's figures, written as {@code loading.json} and {@code loading.md}.
 *
 * <p>Each measure keeps, per repetition, its wall time and the CPU time this JVM used meanwhile
 * (Neo4j runs in the same JVM, so that is the whole work of the phase). On a machine other work
 * shares, the wall-time rate understates what the code does alone; the rate per CPU-second and
 * the share of the machine the phase got show by how much.
 */
final class Report {
  /** One repetition of a measure. */
  record Sample(double wallSeconds, double cpuSeconds) {}

  /** One measure at one scale: what it moved, and its samples. */
  static final class Measure {
    final String name;
    final long relationships;
    final List<Sample> samples = new ArrayList<>();
    final Map<String, List<Double>> phases = new LinkedHashMap<>();

    Measure(String name, long relationships) {
      this.name = name;
      this.relationships = relationships;
    }
  }

  /** One scale: its dataset and its measures. */
  static final class Scale {
    final int accounts;
    final int repetitions;
    final double generationSeconds;
    final Map<String, Long> datasetRows;
    final Map<String, Measure> measures = new LinkedHashMap<>();
    final Map<String, String> notes = new LinkedHashMap<>();

    Scale(int accounts, int repetitions, double generationSeconds, Map<String, Long> datasetRows) {
      this.accounts = accounts;
      this.repetitions = repetitions;
      this.generationSeconds = generationSeconds;
      this.datasetRows = datasetRows;
    }

    Measure measure(String name, long relationships) {
      return measures.computeIfAbsent(name, n -> new Measure(n, relationships));
    }
  }

  private final String arguments;
  private final Instant started = Instant.now();
  private final List<Scale> scales = new ArrayList<>();
  private final List<Double> loadAverages = new ArrayList<>();

  Report(String arguments) {
    this.arguments = arguments;
  }

  Scale scale(int accounts, int repetitions, double generationSeconds, Map<String, Long> datasetRows) {
    Scale scale = new Scale(accounts, repetitions, generationSeconds, datasetRows);
    scales.add(scale);
    return scale;
  }

  /** CPU seconds this JVM has used so far, all threads. */
  static double cpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

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

  void write(Path out) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("loading.json"), json());
    Files.writeString(out.resolve("loading.md"), markdown());
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static List<Double> of(Measure m, ToDoubleFunction<Sample> field) {
    return m.samples.stream().mapToDouble(field).boxed().toList();
  }

  private static String spread(List<Double> values) {
    return String.format(Locale.ROOT, "%.1f s (%.1f–%.1f)", median(values),
        values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
        values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN));
  }

  private static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private String loadSummary() {
    if (loadAverages.isEmpty()) {
      return "unknown";
    }
    List<Double> sorted = loadAverages.stream().sorted().toList();
    return String.format(Locale.ROOT, "median %.1f (%.1f–%.1f) over %d samples",
        sorted.get(sorted.size() / 2), sorted.getFirst(), sorted.getLast(), sorted.size());
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Loading and extraction benchmark\n\n");
    md.append("Produced by `io.sway.benchmarks.loading.LoadingBenchmark` (command in its Javadoc), ")
        .append("arguments `").append(arguments).append("`, started ").append(started)
        .append(". Medians over the repetitions (column *n*), (min–max) in brackets. Rates are relationships per second: of wall ")
        .append("time, and of the CPU time the JVM (Sway and the embedded Neo4j) used meanwhile. ")
        .append("*Share* is that CPU time over wall time × ").append(cores())
        .append(" cores: below 100% the phase waited for I/O, for a single thread, or for other ")
        .append("work on the machine.\n\n");
    md.append("One-minute load average while it ran: ").append(loadSummary())
        .append(" (the benchmark alone keeps up to ").append(cores())
        .append(" busy; a load above ").append(cores())
        .append(" means processes waited for a core).\n\n");
    md.append("Machine: ").append(machine().entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")))
        .append(".\n\n");
    md.append("| accounts | n | measure | relationships | wall | rate (wall) | CPU | rate (CPU) | share |\n");
    md.append("|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (Scale s : scales) {
      for (Measure m : s.measures.values()) {
        List<Double> wall = of(m, Sample::wallSeconds);
        List<Double> cpu = of(m, Sample::cpuSeconds);
        md.append(String.format(Locale.ROOT, "| %,d | %d | %s | %,d | %s | %,.0f/s | %s | %,.0f/s | %.0f%% |\n",
            s.accounts, m.samples.size(), m.name, m.relationships, spread(wall), m.relationships / median(wall),
            spread(cpu), m.relationships / median(cpu),
            100 * median(cpu) / (median(wall) * cores())));
        m.phases.forEach((phase, seconds) -> md.append(String.format(Locale.ROOT,
            "| | | … %s | | %s | %,.0f/s | | | |\n", phase, spread(seconds),
            m.relationships / median(seconds))));
      }
    }
    md.append("\nDatasets (`sway generate` with the same parameters writes the same files):\n\n");
    for (Scale s : scales) {
      md.append(String.format(Locale.ROOT, "- %,d accounts: generated in %.1f s, rows %s",
          s.accounts, s.generationSeconds, s.datasetRows));
      s.notes.forEach((k, v) -> md.append("; ").append(k).append(": ").append(v));
      md.append('\n');
    }
    return md.toString();
  }

  private String json() {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"benchmark\": \"loading\",\n");
    json.append("  \"arguments\": ").append(quote(arguments)).append(",\n");
    json.append("  \"started\": ").append(quote(started.toString())).append(",\n");
    json.append("  \"loadAverage\": ").append(quote(loadSummary())).append(",\n");
    json.append("  \"machine\": ").append(object(machine(), Report::quote)).append(",\n");
    json.append("  \"scales\": [\n");
    List<String> rows = new ArrayList<>();
    for (Scale s : scales) {
      StringBuilder row = new StringBuilder("    {");
      row.append("\"accounts\": ").append(s.accounts);
      row.append(", \"repetitions\": ").append(s.repetitions);
      row.append(", \"generationSeconds\": ").append(s.generationSeconds);
      row.append(", \"datasetRows\": ").append(object(s.datasetRows, String::valueOf));
      row.append(", \"notes\": ").append(object(s.notes, Report::quote));
      row.append(", \"measures\": [");
      List<String> measures = new ArrayList<>();
      for (Measure m : s.measures.values()) {
        List<Double> wall = of(m, Sample::wallSeconds);
        List<Double> cpu = of(m, Sample::cpuSeconds);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", quote(m.name));
        fields.put("relationships", String.valueOf(m.relationships));
        fields.put("wallSeconds", wall.toString());
        fields.put("cpuSeconds", cpu.toString());
        fields.put("medianRelationshipsPerWallSecond",
            String.valueOf(Math.round(m.relationships / median(wall))));
        fields.put("medianRelationshipsPerCpuSecond",
            String.valueOf(Math.round(m.relationships / median(cpu))));
        Map<String, String> phases = new LinkedHashMap<>();
        m.phases.forEach((k, v) -> phases.put(k, v.toString()));
        fields.put("phaseWallSeconds", object(phases, x -> x));
        measures.add(object(fields, x -> x));
      }
      row.append(String.join(", ", measures)).append("]}");
      rows.add(row.toString());
    }
    json.append(String.join(",\n", rows)).append("\n  ]\n}\n");
    return json.toString();
  }

  private static <V> String object(Map<String, V> map, java.util.function.Function<V, String> value) {
    return map.entrySet().stream()
        .map(e -> quote(e.getKey()) + ": " + value.apply(e.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static Map<String, String> machine() {
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("cpu", cpuModel());
    machine.put("cores", String.valueOf(cores()));
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

  static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
