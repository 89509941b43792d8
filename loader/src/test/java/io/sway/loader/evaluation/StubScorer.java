package io.sway.loader.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A scorer answering from a table of scores by day, and remembering which days it was asked. */
final class StubScorer implements DailyScorer {
  private final List<String> ids;
  private final Map<LocalDate, DayScores> byDay = new HashMap<>();
  final List<LocalDate> asked = new ArrayList<>();

  StubScorer(List<String> ids) {
    this.ids = ids;
  }

  StubScorer on(LocalDate day, int... scores) {
    byDay.put(day, DayScores.scoresOnly(day, scores));
    return this;
  }

  StubScorer on(DayScores scores) {
    byDay.put(scores.day(), scores);
    return this;
  }

  @Override
  public List<String> accountIds() {
    return ids;
  }

  @Override
  public DayScores scoresOn(LocalDate day) {
    asked.add(day);
    DayScores scores = byDay.get(day);
    if (scores == null) {
      throw new AssertionError("no scores for " + day);
    }
    return scores;
  }

  @Override
  public String description() {
    return "stub";
  }

  @Override
  public DailyScorer withoutEngagements(EngagementFilter removed) {
    throw new AssertionError("a stub has no counterfactual");
  }
}
