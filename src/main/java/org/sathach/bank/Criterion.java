package org.sathach.bank;

import java.math.BigDecimal;

/** One line of an essay's rubric: what earns how many points. */
public record Criterion(BigDecimal points, String description) {}
