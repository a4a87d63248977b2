package io.credit.lending;

import java.math.BigDecimal;

/**
 * The customer's credit line in the last published snapshot before this run (for early warning).
 *
 * @param score       the score it was decided on ({@code null} if none)
 * @param creditLimit the line then (0 when none)
 */
public record PreviousLine(Integer score, BigDecimal creditLimit) {
  public boolean hadLine() {
    return creditLimit != null && creditLimit.signum() > 0;
  }
}
