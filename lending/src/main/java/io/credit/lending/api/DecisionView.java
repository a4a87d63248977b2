package io.credit.lending.api;

import io.credit.lending.store.EligibilityRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The allow-list of fields the API returns for one decision: nothing else in the tables (no
 * identity data, no audit inputs) ever leaves the service.
 */
public record DecisionView(String product, String decision, BigDecimal creditLimit, BigDecimal depositWaived,
    List<String> reasons, Integer score, String band, String modelVersion, String policyVersion, LocalDate runDate) {

  static DecisionView of(EligibilityRecord r) {
    return new DecisionView(r.product(), r.decision(), r.creditLimit(), r.depositWaived(), r.reasonList(), r.score(),
        r.band(), r.modelVersion(), r.policyVersion(), r.runDate());
  }
}
