package io.sway.cli;

import java.time.Duration;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error that appears only once a task has run for {@link #DELAY}, so
 * quick loads print nothing extra.
 */
final class ProgressReporter implements LongConsumer, AutoCloseable {
  static final Duration DELAY = Duration.ofSeconds(2);

  private final String task;
  private final long total;
  private final String unit;
  private final long startedNanos = System.nanoTime();
  private long done;
  private ProgressBar bar;

  ProgressReporter(String task, long total, String unit) {
    this.task = task;
    this.total = total;
    this.unit = unit;
  }

  @Override
  public void accept(long steps) {
    done += steps;
    if (bar == null) {
      Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
      if (elapsed.compareTo(DELAY) < 0) {
        return;
      }
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(total)
              .setUnit(" " + unit, 1)
              .setStyle(ProgressBarStyle.ASCII)
              .showSpeed()
              .startsFrom(done, elapsed)
              .continuousUpdate()
              .build();
      return;
    }
    bar.stepTo(done);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.stepTo(done);
      bar.close();
    }
  }
}
