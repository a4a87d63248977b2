package io.credit.lending.api;

import java.util.List;

/** Body of {@code GET /v1/customers/{id}/eligibility[/{product}]}. */
public record EligibilityResponse(String customerId, long snapshotId, List<DecisionView> decisions) {}
