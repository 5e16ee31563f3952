/**
 * Reports of a post's ranking, as pure generators over plain records (no database, no CDI): the
 * ranking as PDF ({@link org.sathach.ranking.report.RankingPdf}) and Excel workbook ({@link
 * org.sathach.ranking.report.RankingExcel}) written from one {@link
 * org.sathach.ranking.report.RankingReport}, so both show the same numbers; the committee's
 * sign-off minutes ({@link org.sathach.ranking.report.SignOffMinutesPdf}); a candidate's result
 * slip ({@link org.sathach.ranking.report.CandidateResultPdf}); and the results page's statistics
 * and Chart.js charts ({@link org.sathach.ranking.report.ResultStatistics}, {@link
 * org.sathach.ranking.report.ResultCharts}). Every label is in Vietnamese and English, from {@code
 * org/sathach/ranking/report/report*.properties}.
 */
package org.sathach.ranking.report;
