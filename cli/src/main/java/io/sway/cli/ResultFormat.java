package io.sway.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sway.loader.neo4j.QueryRunner;
import java.io.PrintWriter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How {@code sway query} prints an answer: an aligned table, CSV (RFC 4180) or JSON. */
enum ResultFormat {
  table {
    @Override
    void write(PrintWriter out, QueryRunner.Table answer) {
      List<String> columns = answer.columns();
      List<List<String>> cells = new ArrayList<>();
      for (List<Object> row : answer.rows()) {
        cells.add(row.stream().map(ResultFormat::text).toList());
      }
      int[] width = new int[columns.size()];
      boolean[] numeric = new boolean[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        width[c] = columns.get(c).length();
        numeric[c] = true;
        for (int r = 0; r < cells.size(); r++) {
          width[c] = Math.max(width[c], cells.get(r).get(c).length());
          Object value = answer.rows().get(r).get(c);
          numeric[c] &= value == null || value instanceof Number;
        }
      }
      out.println(line(columns, width, numeric));
      StringBuilder rule = new StringBuilder();
      for (int c = 0; c < columns.size(); c++) {
        rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
      }
      out.println(rule);
      for (List<String> row : cells) {
        out.println(line(row, width, numeric));
      }
      out.println("(" + cells.size() + (cells.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(List<String> cells, int[] width, boolean[] numeric) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < cells.size(); c++) {
        String format = "%" + (numeric[c] ? "" : "-") + width[c] + "s";
        line.append(c == 0 ? "" : "  ").append(String.format(format, cells.get(c)));
      }
      return line.toString().stripTrailing();
    }
  },

  csv {
    @Override
    void write(PrintWriter out, QueryRunner.Table answer) {
      out.print(answer.columns().stream().map(ResultFormat::csvField).collect(Collectors.joining(",")) + "\r\n");
      for (List<Object> row : answer.rows()) {
        out.print(row.stream().map(v -> csvField(v == null ? "" : text(v)))
            .collect(Collectors.joining(",")) + "\r\n");
      }
      out.flush();
    }
  },

  json {
    private static final ObjectMapper JSON =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    void write(PrintWriter out, QueryRunner.Table answer) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (List<Object> row : answer.rows()) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int c = 0; c < row.size(); c++) {
          object.put(answer.columns().get(c), jsonValue(row.get(c)));
        }
        rows.add(object);
      }
      try {
        out.println(JSON.writeValueAsString(rows));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the answer as JSON", e);
      }
    }
  };

  /** Prints {@code answer} to {@code out}. */
  abstract void write(PrintWriter out, QueryRunner.Table answer);

  /** A value as a table cell: lists joined with ", ", dates in ISO-8601, null as empty. */
  static String text(Object value) {
    return switch (value) {
      case null -> "";
      case List<?> list -> list.stream().map(ResultFormat::text).collect(Collectors.joining(", "));
      case Map<?, ?> map -> map.entrySet().stream()
          .map(e -> e.getKey() + ": " + text(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
      default -> value.toString();
    };
  }

  private static String csvField(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static Object jsonValue(Object value) {
    return switch (value) {
      case List<?> list -> list.stream().map(ResultFormat::jsonValue).toList();
      case Map<?, ?> map -> {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), jsonValue(v)));
        yield copy;
      }
      case TemporalAccessor temporal -> temporal.toString();
      case null, default -> value;
    };
  }
}
