/**
 * Exams: parts, blueprints (ma trận đề), sessions and rooms, and paper generation. The blueprint
 * and paper rules here are plain Java, so that anyone can re-generate a candidate's paper from the
 * published blueprint, the recorded bank snapshot and the recorded seed, and check it was drawn
 * fairly.
 */
package org.sathach.exam;
