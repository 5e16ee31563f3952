package org.sathach.ranking;

import java.math.BigDecimal;

/**
 * One line of a post's ranking. {@code decidedBy} names the tie-break step that fixed the
 * candidate's place among equal totals ({@code null} when the total alone did); {@code
 * committeeReason} is the recorded reason when the committee decided. Candidates the chain could
 * not separate share a rank and are flagged {@code unbrokenTie}.
 */
public record RankedCandidate(
    String candidate,
    BigDecimal total,
    int rank,
    TieBreak decidedBy,
    boolean unbrokenTie,
    String committeeReason) {}
