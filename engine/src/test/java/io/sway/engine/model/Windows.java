package io.sway.engine.model;

/** Small hand-built windows for the model's tests: 90 days, accounts created a year earlier. */
final class Windows {
  static final long DAY = 86_400L;
  static final long MINUTE = 60L;

  /** 2024-10-04T00:00Z, a day boundary. */
  static final long START = 20_000 * DAY;

  static final long AS_OF = START + 90 * DAY;

  private Windows() {}

  static ActivityBuilder builder() {
    return new ActivityBuilder(START, AS_OF);
  }

  /** One account on network "x", owned by nobody. */
  static int account(ActivityBuilder builder) {
    return builder.addAccount(START - 365 * DAY, false, "x", -1);
  }

  /** {@code count} accounts; returns their indexes. */
  static int[] accounts(ActivityBuilder builder, int count) {
    int[] indexes = new int[count];
    for (int i = 0; i < count; i++) {
      indexes[i] = account(builder);
    }
    return indexes;
  }

  /** The time {@code minute} minutes into day {@code day} of the window. */
  static long at(int day, int minute) {
    return START + day * DAY + minute * MINUTE;
  }

  /** Everything a stage needs, nobody excluded, default weights. */
  static EngagementGraph graph(Activity activity) {
    return EngagementGraph.of(
        activity, EngagerTrust.everyone(activity.accountCount()), EngagementTypeWeights.defaults());
  }

  static EngagementGraph graph(Activity activity, EngagerTrust trust) {
    return EngagementGraph.of(activity, trust, EngagementTypeWeights.defaults());
  }

  static CircleDiscounts circles(EngagementGraph graph) {
    return new EngagementCircles(graph, CircleConfig.defaults()).compute();
  }

  static boolean[] excluded(int accountCount, int... accounts) {
    boolean[] excluded = new boolean[accountCount];
    for (int a : accounts) {
      excluded[a] = true;
    }
    return excluded;
  }
}
