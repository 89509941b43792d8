package io.sway.loader.dataset;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts the warnings of a validation and keeps the first example of each kind. */
final class WarningTally {
  private final Map<WarningKind, Long> counts = new EnumMap<>(WarningKind.class);
  private final Map<WarningKind, Problem> firstExamples = new EnumMap<>(WarningKind.class);

  void add(WarningKind kind, Problem example) {
    counts.merge(kind, 1L, Long::sum);
    firstExamples.putIfAbsent(kind, example);
  }

  List<ValidationSummary.Warning> warnings() {
    List<ValidationSummary.Warning> warnings = new ArrayList<>();
    for (Map.Entry<WarningKind, Long> count : counts.entrySet()) {
      WarningKind kind = count.getKey();
      warnings.add(new ValidationSummary.Warning(kind, count.getValue(), firstExamples.get(kind)));
    }
    return warnings;
  }
}
