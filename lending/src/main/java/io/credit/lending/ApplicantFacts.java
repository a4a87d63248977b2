package io.credit.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What eligibility is decided from, for one customer on one run date: the score row, the customer
 * master's gate fields, the repayment ledger's delinquency and the ability to pay.
 *
 * @param customerId     pseudonymous customer id
 * @param score          350–950, or {@code null} when not scored
 * @param scoreStatus    {@code SCORED}, {@code INSUFFICIENT_DATA} or {@code NO_CONSENT}
 * @param scoreReasons   the score's plain-language reasons, most important first
 * @param modelName      model that produced the score
 * @param modelVersion   its version
 * @param customerKnown  whether the customer master has a row for this customer
 * @param birthDate      date of birth (may be {@code null})
 * @param idVerified     identity verified
 * @param consentScoring consent to credit scoring
 * @param fraudFlag      fraud flag set
 * @param amlFlag        anti-money-laundering flag set
 * @param overdueSince   earliest due date of a statement still unpaid past the grace days, or {@code null}
 * @param monthlyInflow  regular monthly inflow (salary and other income), never {@code null}
 */
public record ApplicantFacts(String customerId, Integer score, String scoreStatus, List<String> scoreReasons,
    String modelName, String modelVersion, boolean customerKnown, LocalDate birthDate, boolean idVerified,
    boolean consentScoring, boolean fraudFlag, boolean amlFlag, LocalDate overdueSince, BigDecimal monthlyInflow) {

  public ApplicantFacts {
    scoreReasons = scoreReasons == null ? List.of() : List.copyOf(scoreReasons);
    monthlyInflow = monthlyInflow == null ? BigDecimal.ZERO : monthlyInflow;
  }

  public boolean delinquent() {
    return overdueSince != null;
  }
}
