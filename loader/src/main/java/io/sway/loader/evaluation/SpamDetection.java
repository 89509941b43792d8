package io.sway.loader.evaluation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Spam detection against {@code is_spam}: ROC AUC of the scorer's spam probability over every
 * account, and precision and recall of the set it flags. A figure the scorer cannot support is
 * reported as not available ({@code null}, with the reason), never as a number.
 */
public final class SpamDetection {
  private SpamDetection() {}

  /**
   * @param accounts the accounts every figure is over
   * @param spamAccounts how many of them are spam by the labels
   * @param rocAuc AUC of the spam probability, or {@code null}
   * @param flagged how many accounts are flagged, or {@code null}
   * @param flaggedSpam how many flagged accounts are spam, or {@code null}
   * @param precision share of the flagged that are spam, or {@code null}
   * @param recall share of the spam that is flagged, or {@code null}
   * @param note why a figure is missing; {@code null} when none is
   */
  public record Result(
      int accounts,
      int spamAccounts,
      Double rocAuc,
      Integer flagged,
      Integer flaggedSpam,
      Double precision,
      Double recall,
      String note) {}

  static Result evaluate(DayScores day, GroundTruth truth) {
    BitSet spam = truth.spamAccounts();
    List<String> missing = new ArrayList<>();
    Double auc = null;
    if (day.spamProbabilities().isPresent()) {
      auc = finiteOrNull(RocAuc.of(day.spamProbabilities().get(), spam));
    } else {
      missing.add("the scorer gives no spam probability");
    }
    Integer flagged = null;
    Integer flaggedSpam = null;
    Double precision = null;
    Double recall = null;
    if (day.flagged().isPresent()) {
      FlaggedSetQuality quality = FlaggedSetQuality.of(day.flagged().get(), spam);
      flagged = quality.flagged();
      flaggedSpam = quality.truePositives();
      precision = finiteOrNull(quality.precision());
      recall = finiteOrNull(quality.recall());
    } else {
      missing.add("it flags no accounts");
    }
    String note = missing.isEmpty() ? null : "not available: " + String.join(" and ", missing);
    return new Result(truth.accountCount(), spam.cardinality(), auc, flagged, flaggedSpam,
        precision, recall, note);
  }

  static Double finiteOrNull(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
