/**
 * Exams: a round's parts and their rules, blueprints (ma trận đề) with the bank's coverage per
 * cell, publication (which records the snapshot of approved versions and the secret seed), sessions
 * (ca thi) with rooms, proctors and access codes, seats with candidate numbers, and papers
 * generated for every seat before the session opens, official and backup, with the proctor's draw
 * by lot.
 *
 * <p>The blueprint and paper rules ({@link org.sathach.exam.PaperGenerator}, {@link
 * org.sathach.exam.PaperVerifier}) are plain Java, so that anyone can re-generate a candidate's
 * paper from the published blueprint, the recorded snapshot and the recorded seed and check it was
 * drawn fairly. {@link org.sathach.exam.ExamParts}, {@link org.sathach.exam.Sessions} and {@link
 * org.sathach.exam.Papers} are the boundaries. The round's overview page lives here because it
 * shows rounds and exams side by side; this package depends on {@code round}, never the reverse.
 */
package org.sathach.exam;
