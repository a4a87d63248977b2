/**
 * Lending: credit-line and deposit-free-rental eligibility decided from scores, the customer master
 * and the repayment ledger under a versioned policy ({@link io.credit.lending.EligibilityEngine}),
 * computed for every scored customer and published atomically ({@link io.credit.lending.EligibilityService}).
 */
package io.credit.lending;
