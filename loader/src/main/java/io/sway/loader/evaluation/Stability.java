package io.sway.loader.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * How scores behave when nothing happens: the absolute change from day T − 1 to T of accounts
 * with no activity on T ({@link QuietAccounts}); and the drop over a pause, {@code score(day
 * before pause_start) − score(pause_end − 1)}, the last day of the pause, after a whole pause
 * without any activity of the account's own.
 */
public final class Stability {
  /** What the pause drop compares, in words, for reports. */
  static final String PAUSE_DROP_MEASURED = "score(pause_start - 1) - score(pause_end - 1): "
      + "the day before the pause against its last day";

  private Stability() {}

  /**
   * @param from day T − 1
   * @param to day T
   * @param accounts accounts with a score on T − 1 and no activity on T
   * @param changed how many of them changed score at all
   * @param fellToZero how many fell to 0 because their last activity left the window: a cliff
   * @param absoluteChange {@code |score(T) − score(T − 1)|}, over the accounts
   */
  public record QuietDayResult(
      String from, String to, int accounts, int changed, int fellToZero, Summary absoluteChange) {}

  /**
   * @param measured what is compared
   * @param pausedAccounts accounts with a pause in the labels
   * @param eligibleAccounts those whose day before the pause and last paused day both lie within
   *     the activity in the database
   * @param accounts those evaluated (all eligible ones unless the day cap applied)
   * @param pauses distinct pauses (start, end) of the eligible accounts
   * @param pausesEvaluated pauses evaluated, spread evenly over time when capped
   * @param daysScored distinct days their scores needed
   * @param maxDays the cap on {@code daysScored}
   * @param drop {@code score(pause_start − 1) − score(pause_end − 1)}, over the accounts
   */
  public record PauseResult(
      String measured,
      int pausedAccounts,
      int eligibleAccounts,
      int accounts,
      int pauses,
      int pausesEvaluated,
      int daysScored,
      int maxDays,
      Summary drop) {}

  static QuietDayResult quietDay(
      DailyScorer scorer, ActivityLog log, GroundTruth truth, LocalDate asOf, int windowDays) {
    BitSet quiet = QuietAccounts.on(log, truth, Math.toIntExact(asOf.toEpochDay()), windowDays);
    DayScores before = scorer.scoresOn(asOf.minusDays(1));
    DayScores after = scorer.scoresOn(asOf);
    double[] changes = new double[quiet.cardinality()];
    int next = 0;
    int changed = 0;
    int fellToZero = 0;
    for (int a = quiet.nextSetBit(0); a >= 0; a = quiet.nextSetBit(a + 1)) {
      int change = Math.abs(after.score(a) - before.score(a));
      if (change != 0) {
        changed++;
      }
      if (after.score(a) == 0 && before.score(a) > 0) {
        fellToZero++;
      }
      changes[next++] = change;
    }
    return new QuietDayResult(asOf.minusDays(1).toString(), asOf.toString(), changes.length,
        changed, fellToZero, Summary.of(changes));
  }

  static PauseResult pauseDrop(
      DailyScorer scorer, GroundTruth truth, int firstDay, int lastDay, int maxDays) {
    if (maxDays < 2) {
      throw new IllegalArgumentException("maxDays must be >= 2, was " + maxDays);
    }
    int paused = 0;
    int eligible = 0;
    Map<Long, IntArrayList> accountsByPause = new TreeMap<>();
    for (int a = 0; a < truth.accountCount(); a++) {
      int start = truth.pauseStart(a);
      if (start == ActivityLog.NO_DAY) {
        continue;
      }
      paused++;
      int end = truth.pauseEnd(a);
      if (start - 1 >= firstDay && end - 1 <= lastDay) {
        eligible++;
        accountsByPause.computeIfAbsent(pauseKey(start, end), k -> new IntArrayList()).add(a);
      }
    }
    List<Long> pauses = new ArrayList<>(accountsByPause.keySet());
    List<Long> chosen = mostThatFit(pauses, maxDays);
    TreeSet<Integer> days = daysOf(chosen);
    DoubleArrayList drops = new DoubleArrayList();
    for (long pause : chosen) {
      LocalDate before = LocalDate.ofEpochDay(startOf(pause) - 1);
      LocalDate last = LocalDate.ofEpochDay(endOf(pause) - 1);
      DayScores atBefore = scorer.scoresOn(before);
      DayScores atLast = scorer.scoresOn(last);
      IntArrayList accounts = accountsByPause.get(pause);
      for (int i = 0; i < accounts.size(); i++) {
        int a = accounts.get(i);
        drops.add(atBefore.score(a) - atLast.score(a));
      }
    }
    return new PauseResult(
        PAUSE_DROP_MEASURED,
        paused,
        eligible,
        drops.size(),
        pauses.size(),
        chosen.size(),
        days.size(),
        maxDays,
        Summary.of(drops.toArray()));
  }

  /**
   * The largest evenly spread selection of {@code pauses} (in time order) whose days to score
   * number at most {@code maxDays}; all of them when they fit.
   */
  static List<Long> mostThatFit(List<Long> pauses, int maxDays) {
    for (int k = pauses.size(); k > 0; k--) {
      List<Long> chosen = spreadEvenly(pauses, k);
      if (daysOf(chosen).size() <= maxDays) {
        return chosen;
      }
    }
    return List.of();
  }

  private static TreeSet<Integer> daysOf(List<Long> pauses) {
    TreeSet<Integer> days = new TreeSet<>();
    for (long pause : pauses) {
      days.add(startOf(pause) - 1);
      days.add(endOf(pause) - 1);
    }
    return days;
  }

  /** At most {@code limit} of {@code items}, evenly spaced over the list, first and last kept. */
  static <T> List<T> spreadEvenly(List<T> items, int limit) {
    if (items.size() <= limit) {
      return items;
    }
    List<T> chosen = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      int index = limit == 1 ? 0 : (int) Math.round((double) i * (items.size() - 1) / (limit - 1));
      chosen.add(items.get(index));
    }
    return chosen;
  }

  private static long pauseKey(int start, int end) {
    return ((long) start << Integer.SIZE) | (end & 0xFFFF_FFFFL);
  }

  private static int startOf(long key) {
    return (int) (key >> Integer.SIZE);
  }

  private static int endOf(long key) {
    return (int) key;
  }
}
