package io.credit.lending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds applicant facts for tests: a good, verified, consenting adult unless told otherwise. */
final class Facts {
  static final LocalDate RUN = LocalDate.of(2026, 6, 30);

  String customerId = "C00000001";
  Integer score = 720;
  String status = "SCORED";
  List<String> reasons = List.of("Few months of repayment history", "High share of spending on luxury goods",
      "Irregular income", "Short account tenure");
  boolean known = true;
  LocalDate birthDate = LocalDate.of(1990, 1, 1);
  boolean idVerified = true;
  boolean consent = true;
  boolean fraud;
  boolean aml;
  LocalDate overdueSince;
  BigDecimal inflow = new BigDecimal("8000");

  static Facts good() {
    return new Facts();
  }

  Facts id(String id) {
    customerId = id;
    return this;
  }

  Facts score(Integer s) {
    score = s;
    return this;
  }

  Facts status(String s) {
    status = s;
    return this;
  }

  Facts reasons(String... r) {
    reasons = List.of(r);
    return this;
  }

  Facts born(LocalDate d) {
    birthDate = d;
    return this;
  }

  Facts unverified() {
    idVerified = false;
    return this;
  }

  Facts noConsent() {
    consent = false;
    return this;
  }

  Facts fraud() {
    fraud = true;
    return this;
  }

  Facts aml() {
    aml = true;
    return this;
  }

  Facts overdue(LocalDate since) {
    overdueSince = since;
    return this;
  }

  Facts inflow(String amount) {
    inflow = new BigDecimal(amount);
    return this;
  }

  Facts unknown() {
    known = false;
    return this;
  }

  ApplicantFacts build() {
    return new ApplicantFacts(customerId, score, status, reasons, "scorecard", "3", known, birthDate, idVerified,
        consent, fraud, aml, overdueSince, inflow);
  }
}
