package io.sway.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs an action for warm-up and then measured repetitions, and returns the measured seconds. */
public final class Stopwatch {
  /** Something to time; its result is kept so the JIT cannot drop the work. */
  @FunctionalInterface
  public interface Action<T> {
    T run() throws Exception;
  }

  /** What one repetition returned, to check it; called after each repetition, not timed. */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T result) throws Exception;
  }

  private Stopwatch() {}

  /**
   * Runs {@code action} {@code warmups} times untimed and {@code repetitions} times timed, checking
   * every result with {@code check}.
   */
  public static <T> Phase measure(String phase, String contender, long size, String unit,
      int warmups, int repetitions, Map<String, Object> facts, Action<T> action, Check<T> check)
      throws Exception {
    if (warmups < 0 || repetitions < 1) {
      throw new IllegalArgumentException(
          "need warmups >= 0 and repetitions >= 1, was " + warmups + " and " + repetitions);
    }
    for (int i = 0; i < warmups; i++) {
      check.accept(action.run());
    }
    List<Double> seconds = new ArrayList<>(repetitions);
    for (int i = 0; i < repetitions; i++) {
      long start = System.nanoTime();
      T result = action.run();
      seconds.add((System.nanoTime() - start) / 1e9);
      check.accept(result);
    }
    return new Phase(phase, contender, size, unit, seconds, facts);
  }

  /** Times one run of {@code action}, in seconds. */
  public static double once(Action<?> action) throws Exception {
    long start = System.nanoTime();
    action.run();
    return (System.nanoTime() - start) / 1e9;
  }
}
