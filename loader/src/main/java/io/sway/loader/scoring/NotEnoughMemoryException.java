package io.sway.loader.scoring;

/**
 * A scoring run was refused before it started because its estimated memory ({@link ScoringMemory})
 * exceeds what the heap has left. Nothing was read or written.
 */
public final class NotEnoughMemoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The environment variable of the {@code sway} launcher that passes options to Java. */
  public static final String JAVA_OPTIONS_VARIABLE = "SWAY_JAVA_OPTS";

  private final long needed;
  private final long available;

  NotEnoughMemoryException(ScoringMemory.GraphSize size, long needed, long available, long max,
      long used, String suggestedHeap) {
    super("not enough memory to score "
        + size
        + ": needs about "
        + ScoringMemory.mib(needed)
        + " of heap, "
        + ScoringMemory.mib(Math.max(0, available))
        + " available (maximum heap "
        + ScoringMemory.mib(max)
        + ", "
        + ScoringMemory.mib(used)
        + " in use); raise the maximum heap, e.g. "
        + JAVA_OPTIONS_VARIABLE
        + "=-Xmx"
        + suggestedHeap
        + " ./sway score ...");
    this.needed = needed;
    this.available = available;
  }

  /** The estimated bytes the run needs. */
  public long needed() {
    return needed;
  }

  /** The bytes the heap had left: its maximum less what was in use. */
  public long available() {
    return available;
  }
}
