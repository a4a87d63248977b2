package io.credit.lending.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A published eligibility row as stored in {@code eligibility}. Reasons are stored one per line. */
public record EligibilityRecord(long snapshotId, String customerId, String product, String decision,
    BigDecimal creditLimit, BigDecimal depositWaived, Integer score, String band, String scoreStatus,
    String modelName, String modelVersion, String policyVersion, LocalDate runDate, String reasons) {

  /** The plain-language reasons, most important first. */
  public List<String> reasonList() {
    return reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n"));
  }
}
