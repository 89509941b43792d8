package io.sway.loader.report;

import java.time.LocalDate;

/** One day of an account's history ({@code (:DailyScore)}). */
public record DayScore(
    LocalDate day, int score, double reach, double amplification, double influence) {}
