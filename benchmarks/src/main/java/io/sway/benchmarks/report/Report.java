package io.sway.benchmarks.report;

import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run found, ready for {@link ReportWriter}.
 *
 * @param title the report's heading
 * @param command the command line that reproduces the run
 * @param parameters the run's inputs (scale, seed, repetitions), written as given
 * @param machine where it ran
 * @param phases every timed phase, in the order they ran
 * @param headlines the figures to lead with, with their targets
 * @param notes anything a reader needs to read the figures right
 */
public record Report(
    String title,
    String command,
    Map<String, Object> parameters,
    Machine machine,
    List<Phase> phases,
    List<Headline> headlines,
    List<String> notes) {

  public Report {
    parameters = Map.copyOf(parameters);
    phases = List.copyOf(phases);
    headlines = List.copyOf(headlines);
    notes = List.copyOf(notes);
  }
}
