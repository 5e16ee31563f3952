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
 */
package org.sathach.marking;
