package io.sway.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * How the engine's stages use an executor they were given: start a side task, or split a loop over
 * {@code 0 .. n-1} into contiguous ranges. The calling thread always does a share of the work
 * itself and then waits, so a busy or single-threaded executor delays a stage but cannot stall it,
 * and {@code Runnable::run} with parallelism 1 runs everything on the calling thread in order.
 */
public final class Tasks {
  private Tasks() {}

  /** A loop body over the indexes {@code [from, to)}. */
  @FunctionalInterface
  public interface Range {
    void run(int from, int to);
  }

  /**
   * Starts {@code task} on {@code executor} when {@code parallelism > 1}; otherwise returns a
   * pending result that runs it on the calling thread when {@linkplain #join joined}.
   */
  public static <T> CompletableFuture<T> start(
      Supplier<T> task, Executor executor, int parallelism) {
    if (parallelism > 1) {
      return CompletableFuture.supplyAsync(task, executor);
    }
    return new CompletableFuture<T>() {
      @Override
      public T join() {
        return task.get();
      }
    };
  }

  /** The task's result; its exception, unwrapped, if it failed. */
  public static <T> T join(CompletableFuture<T> pending) {
    try {
      return pending.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Runs {@code body} over {@code [0, n)} in {@code parallelism} contiguous ranges of about equal
   * length: the first on the calling thread, the others on {@code executor}; returns when all are
   * done. Each range must write only its own indexes.
   */
  public static void split(int n, Executor executor, int parallelism, Range body) {
    int parts = Math.max(1, Math.min(parallelism, n));
    if (parts == 1) {
      body.run(0, n);
      return;
    }
    CompletableFuture<?>[] others = new CompletableFuture<?>[parts - 1];
    for (int p = 1; p < parts; p++) {
      int from = (int) ((long) n * p / parts);
      int to = (int) ((long) n * (p + 1) / parts);
      others[p - 1] = CompletableFuture.runAsync(() -> body.run(from, to), executor);
    }
    RuntimeException failure = null;
    try {
      body.run(0, (int) ((long) n / parts));
    } catch (RuntimeException e) {
      failure = e;
    }
    for (CompletableFuture<?> other : others) {
      try {
        join(other);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
