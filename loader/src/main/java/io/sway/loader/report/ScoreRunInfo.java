package io.sway.loader.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** The {@code (:ScoreRun)} record of a run: what it covered and how it was obtained. */
public record ScoreRunInfo(
    String id, LocalDate asOf, ZonedDateTime windowFrom, ZonedDateTime windowTo,
    ZonedDateTime startedAt, ZonedDateTime publishedAt, long accounts, int iterations,
    boolean converged, String params) {}
