/**
 * What marketers look at, read from the results a scoring run stored next to the graph: score
 * cards for a list of handles ({@link io.sway.loader.report.ScoreCards}), persons ({@link
 * io.sway.loader.report.PersonCards}), side-by-side comparisons over a period ({@link
 * io.sway.loader.report.Comparison}), and everything the HTML report draws ({@link
 * io.sway.loader.report.ReportReader}). Every query takes its values as parameters.
 */
package io.sway.loader.report;
