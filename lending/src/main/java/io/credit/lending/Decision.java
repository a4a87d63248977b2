package io.credit.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One eligibility decision: for a customer, a product, a run date.
 *
 * @param customerId    pseudonymous customer id
 * @param product       product code ({@code CREDIT_LINE}, {@code RENTAL_APARTMENT}, …)
 * @param decision      what was decided
 * @param creditLimit   the line offered (credit line only, else {@code null})
 * @param depositWaived the deposit waived (rental only, else {@code null})
 * @param score         the score used ({@code null} when not scored)
 * @param band          its score band name ({@code null} when not scored)
 * @param scoreStatus   the score's status
 * @param modelName     model name
 * @param modelVersion  model version
 * @param policyVersion policy version
 * @param runDate       business date of the run
 * @param reasons       plain-language reasons (at least 3 on an adverse decision when that many apply)
 * @param inputs        summary of the inputs, for the audit log (no personal data)
 */
public record Decision(String customerId, String product, DecisionType decision, BigDecimal creditLimit,
    BigDecimal depositWaived, Integer score, String band, String scoreStatus, String modelName, String modelVersion,
    String policyVersion, LocalDate runDate, List<String> reasons, String inputs) {

  public Decision {
    reasons = List.copyOf(reasons);
  }
}
