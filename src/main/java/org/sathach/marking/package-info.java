/**
 * Marking: the rules that turn what a candidate did into a part's mark on the 100-point scale.
 * Objective answers are marked from facts about the answer ({@link
 * org.sathach.marking.AnswerFacts}) under the part's {@link org.sathach.marking.MarkingRules};
 * essays are double-marked ({@link org.sathach.marking.DoubleMarking}) and the markers' agreement
 * measured ({@link org.sathach.marking.MarkerAgreement}); presentations are scored on sheets by the
 * board ({@link org.sathach.marking.PresentationMark}) in an order drawn by lot ({@link
 * org.sathach.marking.PresentationOrder}); sanctions from proctoring then reduce or void the mark
 * ({@link org.sathach.marking.SanctionedMark}).
 *
 * <p>Every rule here is plain Java, so that a committee can re-compute any mark on paper. All
 * rounding follows {@link org.sathach.marking.MarkScale}.
 *
 * <p>The boundaries around the rules: blind double marking of essay scripts ({@link
 * org.sathach.marking.EssayScripts}), the board's scoring sheets ({@link
 * org.sathach.marking.Presentations}), each part's marks from the stored rows ({@link
 * org.sathach.marking.PartMarks}) and their line-by-line explanation ({@link
 * org.sathach.marking.MarkExplanations}). Appeals ({@link org.sathach.marking.Appeals}): blind
 * re-marking of an essay or presentation within the round's appeal period, and candidates'
 * wrong-key reports ({@link org.sathach.marking.KeyReports}).
 */
package org.sathach.marking;
