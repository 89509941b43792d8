package io.sway.loader.dataset;

import java.util.List;

/**
 * A dataset was rejected; nothing has been written anywhere. Lists the problems found, in the order
 * the files were read (at most {@value Problems#LIMIT}; {@link #totalCount()} says how many there
 * were in all).
 */
public final class InvalidDatasetException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;
  private final long totalCount;

  public InvalidDatasetException(List<Problem> problems) {
    this(problems, problems.size());
  }

  /**
   * @param problems the problems to show
   * @param totalCount how many problems were found, at least {@code problems.size()}
   */
  public InvalidDatasetException(List<Problem> problems, long totalCount) {
    super(describe(problems, totalCount));
    if (totalCount < problems.size()) {
      throw new IllegalArgumentException(
          "totalCount must be at least the "
              + problems.size()
              + " problems given, was "
              + totalCount);
    }
    this.problems = List.copyOf(problems);
    this.totalCount = totalCount;
  }

  /** The problems to show, at most {@value Problems#LIMIT}. */
  public List<Problem> problems() {
    return problems;
  }

  /** How many problems were found, including those not kept in {@link #problems()}. */
  public long totalCount() {
    return totalCount;
  }

  private static String describe(List<Problem> problems, long totalCount) {
    StringBuilder text =
        new StringBuilder("invalid dataset (")
            .append(totalCount)
            .append(totalCount == 1 ? " problem" : " problems")
            .append(')');
    for (Problem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    if (totalCount > problems.size()) {
      text.append(System.lineSeparator())
          .append("  ... and ")
          .append(totalCount - problems.size())
          .append(" more");
    }
    return text.toString();
  }
}
