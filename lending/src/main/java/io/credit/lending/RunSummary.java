package io.credit.lending;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an eligibility run published.
 *
 * @param snapshotId    the new current snapshot
 * @param runDate       business date
 * @param policyVersion policy applied
 * @param customers     customers decided
 * @param decisions     rows written (customers × products)
 * @param counts        product → decision → count
 */
public record RunSummary(long snapshotId, LocalDate runDate, String policyVersion, int customers, int decisions,
    Map<String, Map<String, Integer>> counts) {}
