package io.sway.loader.evaluation;

import java.util.Locale;

/**
 * The table {@code sway evaluate} prints: one row per figure, with the population it is over.
 * Figures the scorer cannot support read "not available"; undefined ones (e.g. a correlation
 * with a constant variable) read "undefined".
 */
final class EvaluationTable {
  private static final String ROW = "%-52s %-26s %s%n";
  private static final int RULE_WIDTH = 120;
  private static final String NOT_AVAILABLE = "not available";

  private EvaluationTable() {}

  static String render(EvaluationReport r) {
    StringBuilder out = new StringBuilder();
    EvaluationReport.Data d = r.data();
    out.append(String.format(Locale.ROOT,
        "Sway evaluation on day T = %s (activity in the database: %s to %s)%n",
        r.asOf(), d.firstActivityDay(), d.lastActivityDay()));
    out.append("Scorer: ").append(r.scorer()).append(System.lineSeparator());
    out.append(String.format(Locale.ROOT,
        "Data: %,d accounts (%,d spam by the labels), %,d interactions, %,d posts, %,d follows; "
            + "%d days scored%n%n",
        d.accounts(), d.spamAccounts(), d.engagements(), d.posts(), d.follows(), r.daysScored()));
    out.append(String.format(Locale.ROOT, ROW, "metric", "value", "over"));
    out.append("-".repeat(RULE_WIDTH)).append(System.lineSeparator());

    SpamDetection.Result spam = r.spamDetection();
    section(out, "Spam detection (labels: is_spam)");
    row(out, "ROC AUC of the spam probability",
        spam.rocAuc() == null ? NOT_AVAILABLE : decimal(spam.rocAuc(), 3),
        String.format(Locale.ROOT, "%,d accounts (%,d spam)", spam.accounts(),
            spam.spamAccounts()));
    row(out, "precision / recall of the flagged set",
        spam.flagged() == null
            ? NOT_AVAILABLE
            : orUndefined(spam.precision(), 3) + " / " + orUndefined(spam.recall(), 3),
        spam.flagged() == null
            ? String.format(Locale.ROOT, "%,d accounts", spam.accounts())
            : String.format(Locale.ROOT, "%,d flagged, %,d spam", spam.flagged(),
                spam.spamAccounts()));
    if (spam.note() != null) {
      row(out, "  (" + spam.note() + ")", "", "");
    }

    BoughtFollowerGain.Result bought = r.boughtFollowers();
    section(out, "Bought followers: score(buyer) - score(twin) on T");
    row(out, "points gained, mean / median / max", meanMedianMax(bought.gain()),
        String.format(Locale.ROOT, "%d pairs, %s followers bought each%s", bought.pairs(),
            range(bought.boughtCount()),
            bought.pairsBoughtLater() == 0
                ? ""
                : String.format(Locale.ROOT, " (%d bought after T left out)",
                    bought.pairsBoughtLater())));
    for (BoughtFollowerGain.Pair pair : bought.detail()) {
      row(out, String.format(Locale.ROOT, "  %s vs twin %s", pair.buyer(), pair.twin()),
          String.format(Locale.ROOT, "%d vs %d", pair.buyerScore(), pair.twinScore()),
          String.format(Locale.ROOT, "followers %,d vs %,d", pair.buyerFollowers(),
              pair.twinFollowers()));
    }

    PodGain.Result pods = r.pods();
    section(out, "Engagement pods: score - organic estimate on T");
    row(out, "points gained, mean / median / max", meanMedianMax(pods.gain()),
        String.format(Locale.ROOT, "%d members of %d pods (%,d pod interactions removed)",
            pods.members(), pods.pods(), pods.engagementsRemoved()));

    PredictiveValidity.Result p = r.predictiveValidity();
    section(out, String.format(Locale.ROOT,
        "Predictive validity: Spearman rho with distinct genuine engagers %s to %s",
        p.horizonFrom(), p.horizonTo()));
    String genuine = String.format(Locale.ROOT, "%,d genuine accounts", p.accounts());
    row(out, "Sway score on T", orUndefined(p.score(), 3), genuine);
    row(out, "follower count on T", orUndefined(p.followerCount(), 3), genuine);
    row(out, "PageRank on the follow graph on T", orUndefined(p.followPageRank(), 3), genuine);
    row(out, "reference: followers x latent_influence (labels)",
        orUndefined(p.latentReference(), 3), genuine);

    Stability.QuietDayResult quiet = r.quietDay();
    Stability.PauseResult pause = r.pauseDrop();
    section(out, "Stability");
    row(out, "|daily change| T-1 to T, no activity on T",
        "median " + number(quiet.absoluteChange().median()) + ", max "
            + number(quiet.absoluteChange().max()),
        String.format(Locale.ROOT, "%,d accounts (%,d changed, %,d of them to 0; mean %s)",
            quiet.accounts(), quiet.changed(), quiet.fellToZero(),
            number(quiet.absoluteChange().mean())));
    row(out, "drop over a pause, mean / median / max", meanMedianMax(pause.drop()),
        String.format(Locale.ROOT, "%,d paused accounts, %d of %d pauses, %d days scored%s",
            pause.accounts(), pause.pausesEvaluated(), pause.pauses(), pause.daysScored(),
            pause.pausesEvaluated() < pause.pauses()
                ? " (capped at " + pause.maxDays() + " days)"
                : ""));
    row(out, "  (" + pause.measured() + ")", "", "");
    return out.toString();
  }

  private static void section(StringBuilder out, String title) {
    out.append(title).append(System.lineSeparator());
  }

  private static void row(StringBuilder out, String metric, String value, String over) {
    out.append(String.format(Locale.ROOT, ROW, "  " + metric, value, over).stripTrailing())
        .append(System.lineSeparator());
  }

  private static String meanMedianMax(Summary s) {
    if (s.count() == 0) {
      return "none";
    }
    return number(s.mean()) + " / " + number(s.median()) + " / " + number(s.max());
  }

  private static String range(Summary s) {
    if (s.count() == 0) {
      return "0";
    }
    return s.min().equals(s.max())
        ? String.format(Locale.ROOT, "%,.0f", s.min())
        : String.format(Locale.ROOT, "%,.0f to %,.0f", s.min(), s.max());
  }

  private static String orUndefined(Double value, int decimals) {
    return value == null ? "undefined" : decimal(value, decimals);
  }

  private static String decimal(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Whole numbers as such, others with two decimals. */
  private static String number(Double value) {
    if (value == null) {
      return "none";
    }
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
