package io.credit.lending.policy;

import java.math.BigDecimal;

/**
 * One score band of the credit line policy (bounds inclusive).
 *
 * @param name           label shown in reasons
 * @param minScore       lowest score of the band
 * @param maxScore       highest score of the band
 * @param inflowMultiple line = this × regular monthly inflow (ability to pay)
 * @param bandCap        the band's maximum line
 */
public record CreditBand(String name, Integer minScore, Integer maxScore, BigDecimal inflowMultiple,
    BigDecimal bandCap) {

  public boolean contains(int score) {
    return score >= minScore && score <= maxScore;
  }
}
