/** Lending's commands: {@code eligibility}, {@code eligibility-audit}, {@code serve}, {@code api-key}, {@code bench serve}. */
package io.credit.lending.cli;
