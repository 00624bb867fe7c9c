package org.gapflow.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;

/** Gaps counted under one heading (a business result, a team): how many, in how many cases, what they cost a month. */
public record GapTally(String label, long gaps, long cases, BigDecimal monthlyCost) implements Serializable {
}
