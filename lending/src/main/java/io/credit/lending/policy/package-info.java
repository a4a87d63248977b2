/**
 * Lending policies: versioned YAML/JSON configuration (gates, credit-line sizing, deposit-free
 * rental cut-offs), validated on load and recorded in the database with version and hash.
 */
package io.credit.lending.policy;
