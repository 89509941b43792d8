package io.sway.benchmarks.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Report} into a folder as {@code <name>.json} (every repetition, for tools),
 * {@code <name>.md} (medians, spreads and ratios, for people) and, when some phase was measured at
 * two or more sizes, {@code <name>-scaling.svg} with a table of the same figures in the Markdown.
 */
public final class ReportWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  /** The files written. */
  public record Written(Path json, Path markdown, Path svg) {}

  public static Written write(Report report, Path folder, String name) throws IOException {
    Files.createDirectories(folder);
    Path json = folder.resolve(name + ".json");
    Path markdown = folder.resolve(name + ".md");
    Path svg = folder.resolve(name + "-scaling.svg");
    Files.writeString(json, JSON.writeValueAsString(tree(report)) + "\n");
    String plot = ScalingPlot.svg(report.phases());
    if (plot != null) {
      Files.writeString(svg, plot);
    } else {
      Files.deleteIfExists(svg);
    }
    Files.writeString(markdown, markdown(report, plot == null ? null : svg.getFileName().toString()));
    return new Written(json, markdown, plot == null ? null : svg);
  }

  static Map<String, Object> tree(Report report) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("title", report.title());
    tree.put("command", report.command());
    tree.put("parameters", new TreeMap<>(report.parameters()));
    tree.put("machine", report.machine());
    List<Map<String, Object>> headlines = new ArrayList<>();
    for (Headline h : report.headlines()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", h.name());
      row.put("value", h.value());
      row.put("unit", h.unit());
      if (h.hasTarget()) {
        row.put("target", h.comparison() + " " + number(h.limit()));
        row.put("met", h.met());
      }
      headlines.add(row);
    }
    tree.put("headlines", headlines);
    List<Map<String, Object>> phases = new ArrayList<>();
    for (Phase p : report.phases()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("phase", p.phase());
      row.put("contender", p.contender());
      row.put("size", p.size());
      row.put("unit", p.unit());
      row.put("medianSeconds", p.median());
      row.put("minSeconds", p.min());
      row.put("maxSeconds", p.max());
      row.put("seconds", p.seconds());
      row.put("facts", new TreeMap<>(p.facts()));
      phases.add(row);
    }
    tree.put("phases", phases);
    tree.put("notes", report.notes());
    return tree;
  }

  static String markdown(Report report, String svgName) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(report.title()).append("\n\n");
    md.append("Reproduce with:\n\n```\n").append(report.command()).append("\n```\n\n");
    Machine m = report.machine();
    md.append("Machine: ").append(m.cpu()).append(", ").append(m.cores()).append(" cores, ")
        .append(gib(m.memoryBytes())).append(" GiB memory; JVM ").append(m.jvm())
        .append(", max heap ").append(gib(m.maxHeapBytes())).append(" GiB; ").append(m.os())
        .append(".\n\n");
    md.append("Parameters: ");
    List<String> params = new ArrayList<>();
    new TreeMap<>(report.parameters()).forEach((k, v) -> params.add("`" + k + "` = " + v));
    md.append(String.join(", ", params)).append(".\n\n");

    if (!report.headlines().isEmpty()) {
      md.append("## Headlines\n\n| figure | measured | target | met |\n|---|---:|---:|:---:|\n");
      for (Headline h : report.headlines()) {
        md.append("| ").append(h.name()).append(" | ").append(number(h.value())).append(' ')
            .append(h.unit()).append(" | ")
            .append(h.hasTarget() ? h.comparison().replace(">=", "≥").replace("<=", "≤") + " "
                + number(h.limit()) + " " + h.unit() : "—")
            .append(" | ").append(h.hasTarget() ? (h.met() ? "yes" : "**no**") : "—")
            .append(" |\n");
      }
      md.append('\n');
    }

    md.append("## Phases\n\nMedian, fastest and slowest of the measured repetitions (warm-up runs "
        + "excluded), in seconds.\n\n");
    md.append("| phase | contender | size | median s | min s | max s | runs | per second | facts |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (Phase p : report.phases()) {
      List<String> facts = new ArrayList<>();
      new TreeMap<>(p.facts()).forEach((k, v) -> facts.add(k + "=" + fact(v)));
      md.append("| ").append(p.phase()).append(" | ").append(p.contender()).append(" | ")
          .append(String.format(Locale.ROOT, "%,d", p.size())).append(' ').append(p.unit())
          .append(" | ").append(seconds(p.median())).append(" | ").append(seconds(p.min()))
          .append(" | ").append(seconds(p.max())).append(" | ").append(p.seconds().size())
          .append(" | ").append(String.format(Locale.ROOT, "%,.0f", p.throughput()))
          .append(" | ").append(String.join(", ", facts)).append(" |\n");
    }
    md.append('\n');

    Map<String, List<Phase>> series = ScalingPlot.series(report.phases());
    if (!series.isEmpty()) {
      md.append("## Scaling\n\nMedian seconds by input size; the last column is the time per "
          + "unit of size relative to the smallest size (1.00 = exactly linear).\n\n");
      md.append("| series | size | median s | per-unit time vs smallest |\n|---|---:|---:|---:|\n");
      for (Map.Entry<String, List<Phase>> entry : series.entrySet()) {
        Phase first = entry.getValue().getFirst();
        for (Phase p : entry.getValue()) {
          double relative = (p.median() / p.size()) / (first.median() / first.size());
          md.append("| ").append(entry.getKey()).append(" | ")
              .append(String.format(Locale.ROOT, "%,d", p.size())).append(' ').append(p.unit())
              .append(" | ").append(seconds(p.median())).append(" | ")
              .append(String.format(Locale.ROOT, "%.2f", relative)).append(" |\n");
        }
      }
      md.append('\n');
      if (svgName != null) {
        md.append("![median time by input size](").append(svgName).append(")\n\n");
      }
    }
    if (!report.notes().isEmpty()) {
      md.append("## Notes\n\n");
      for (String note : report.notes()) {
        md.append("- ").append(note).append('\n');
      }
    }
    return md.toString();
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / (double) (1L << 30));
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, s < 1 ? "%.4f" : "%.2f", s);
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
        : Math.abs(v) >= 0.01 ? String.format(Locale.ROOT, "%.2f", v)
        : String.format(Locale.ROOT, "%.2e", v);
  }

  private static String fact(Object v) {
    return v instanceof Double d ? number(d) : String.valueOf(v);
  }
}
