package io.credit.lending.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * Sizing of the revolving credit line: {@code min(monthly inflow × band multiple, band cap, overall cap)},
 * rounded down to {@code rounding}; a line below {@code floor} is not offered.
 *
 * @param bands        score bands, contiguous, without overlap, the highest ending at 950
 * @param overallCap   no line above this
 * @param floor        smallest line worth offering
 * @param rounding     lines are rounded down to a multiple of this
 * @param earlyWarning what happens to an existing line when the customer's standing worsens
 */
public record CreditLinePolicy(List<CreditBand> bands, BigDecimal overallCap, BigDecimal floor,
    BigDecimal rounding, EarlyWarning earlyWarning) {}
