package io.credit.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.lending.policy.LendingPolicy;
import io.credit.lending.policy.PolicyLoader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityEngineTest {
  private static final LendingPolicy POLICY = PolicyLoader.loadDefault().policy();
  private final EligibilityEngine engine = new EligibilityEngine(POLICY, Facts.RUN);

  private Decision decide(Facts f, String product) {
    return engine.decide(f.build(), null).stream().filter(d -> d.product().equals(product)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "score {0} → {1}")
  @CsvSource({"649, DECLINED", "650, APPROVED", "651, APPROVED"})
  void apartmentWithoutDepositFrom650(int score, DecisionType expected) {
    Decision d = decide(Facts.good().score(score), "RENTAL_APARTMENT");
    assertEquals(expected, d.decision());
    if (expected == DecisionType.APPROVED) {
      assertEquals(new BigDecimal("10000.00"), d.depositWaived());
      assertTrue(d.reasons().isEmpty());
    } else {
      assertNull(d.depositWaived());
      assertTrue(d.reasons().get(0).contains("below 650"), d.reasons().toString());
      assertTrue(d.reasons().size() >= 3, "an adverse decision carries at least 3 reasons: " + d.reasons());
    }
  }

  @Test
  void everyProductOfThePolicyIsDecided() {
    List<Decision> all = engine.decide(Facts.good().build(), null);
    assertEquals(POLICY.products(), all.stream().map(Decision::product).toList());
    assertEquals(List.of("CREDIT_LINE", "RENTAL_APARTMENT", "RENTAL_CAR", "RENTAL_BIKE", "RENTAL_POWER_BANK",
        "RENTAL_HOTEL"), POLICY.products());
    all.forEach(d -> assertEquals("default-2026.1", d.policyVersion()));
  }

  @Test
  void creditLineIsInflowTimesBandMultipleCappedAndRoundedDown() {
    // Excellent: 3 × 8000 = 24000
    assertEquals(new BigDecimal("24000.00"), decide(Facts.good().score(720), "CREDIT_LINE").creditLimit());
    // Very good: 2 × 1234.56 = 2469.12 → rounded down to 2400
    assertEquals(new BigDecimal("2400.00"),
        decide(Facts.good().score(660).inflow("1234.56"), "CREDIT_LINE").creditLimit());
    // Good: band cap 8000 although 1 × 30000
    assertEquals(new BigDecimal("8000.00"), decide(Facts.good().score(610).inflow("30000"), "CREDIT_LINE").creditLimit());
    // Excellent: band and overall cap 50000
    assertEquals(new BigDecimal("50000.00"), decide(Facts.good().score(900).inflow("99999"), "CREDIT_LINE").creditLimit());
  }

  @Test
  void lineBelowTheFloorOrScoreBelowTheLowestBandIsDeclined() {
    Decision lowIncome = decide(Facts.good().score(720).inflow("150"), "CREDIT_LINE"); // 450 < 500
    assertEquals(DecisionType.DECLINED, lowIncome.decision());
    assertTrue(lowIncome.reasons().get(0).contains("below the smallest line"), lowIncome.reasons().toString());
    Decision exactlyFloor = decide(Facts.good().score(720).inflow("166.67"), "CREDIT_LINE"); // 500.01 → 500
    assertEquals(DecisionType.APPROVED, exactlyFloor.decision());
    assertEquals(new BigDecimal("500.00"), exactlyFloor.creditLimit());
    Decision lowScore = decide(Facts.good().score(599), "CREDIT_LINE");
    assertEquals(DecisionType.DECLINED, lowScore.decision());
    assertTrue(lowScore.reasons().get(0).contains("below 600"));
    assertEquals(5, lowScore.reasons().size(), "own reason + the score's 4: " + lowScore.reasons());
  }

  @Test
  void eachFailingGateDeclinesEveryProductWithItsReason() {
    assertGate(Facts.good().unverified(), "identity has not been verified");
    assertGate(Facts.good().born(Facts.RUN.minusYears(18).plusDays(1)), "at least 18 years old");
    assertGate(Facts.good().born(null), "date of birth is not on record");
    assertGate(Facts.good().fraud(), "security review");
    assertGate(Facts.good().aml(), "compliance review");
    assertGate(Facts.good().overdue(Facts.RUN.minusDays(12)), "payment overdue since 2026-06-18 (12 days)");
  }

  private void assertGate(Facts f, String reason) {
    for (Decision d : engine.decide(f.build(), null)) {
      assertEquals(DecisionType.DECLINED, d.decision(), d.product());
      assertTrue(d.reasons().get(0).contains(reason), d.reasons().toString());
      assertTrue(d.reasons().size() >= 3, d.reasons().toString());
      assertNull(d.creditLimit());
    }
  }

  @Test
  void eighteenthBirthdayOnTheRunDatePassesTheAgeGate() {
    assertEquals(DecisionType.APPROVED,
        decide(Facts.good().born(Facts.RUN.minusYears(18)), "CREDIT_LINE").decision());
  }

  @Test
  void allFailingGatesAreListedBeforeTheScoreReasons() {
    Decision d = decide(Facts.good().unverified().fraud().reasons("Short account tenure"), "CREDIT_LINE");
    assertEquals(List.of("Your identity has not been verified yet", "Your account is under a security review",
        "Short account tenure"), d.reasons());
  }

  @Test
  void fewerThanThreeReasonsOnlyWhenFewerApply() {
    Decision d = decide(Facts.good().score(640).reasons(), "RENTAL_APARTMENT");
    assertEquals(DecisionType.DECLINED, d.decision());
    assertEquals(1, d.reasons().size());
  }

  @Test
  void noConsentIsNeitherScoredNorOffered() {
    for (Decision d : engine.decide(Facts.good().noConsent().build(), null)) {
      assertEquals(DecisionType.NO_CONSENT, d.decision());
      assertTrue(d.reasons().get(0).contains("not consented"));
    }
    // scoring already marked the customer NO_CONSENT (no score)
    for (Decision d : engine.decide(Facts.good().status("NO_CONSENT").score(null).build(), null)) {
      assertEquals(DecisionType.NO_CONSENT, d.decision());
    }
  }

  @Test
  void insufficientDataGoesToManualReviewButGatesStillDecline() {
    for (Decision d : engine.decide(Facts.good().status("INSUFFICIENT_DATA").score(null).build(), null)) {
      assertEquals(DecisionType.MANUAL_REVIEW, d.decision());
      assertTrue(d.reasons().get(0).contains("not yet enough account history"));
    }
    assertEquals(DecisionType.DECLINED,
        decide(Facts.good().status("INSUFFICIENT_DATA").score(null).fraud(), "CREDIT_LINE").decision());
    assertEquals(DecisionType.MANUAL_REVIEW, decide(Facts.good().unknown(), "CREDIT_LINE").decision());
  }

  @Test
  void scoreFallingABandReducesAnExistingLine() {
    // before: 710 (Excellent) with 24000; now 690 (Very good): computed 16000, capped at 24000 × 0.5 = 12000
    Decision d = engine.creditLine(Facts.good().score(690).build(), new PreviousLine(710, new BigDecimal("24000")));
    assertEquals(DecisionType.REDUCED, d.decision());
    assertEquals(new BigDecimal("12000.00"), d.creditLimit());
    assertTrue(d.reasons().get(0).contains("fell from 710 (Excellent) to 690 (Very good)"), d.reasons().toString());
    assertTrue(d.reasons().size() >= 3);
    // same band: no early warning
    assertEquals(DecisionType.APPROVED,
        engine.creditLine(Facts.good().score(701).build(), new PreviousLine(740, new BigDecimal("24000"))).decision());
    // no previous line: a lower band is just a smaller offer
    assertEquals(DecisionType.APPROVED, engine.creditLine(Facts.good().score(690).build(), null).decision());
  }

  @Test
  void becomingDelinquentFreezesAnExistingLine() {
    Decision d = engine.creditLine(Facts.good().overdue(Facts.RUN.minusDays(3)).build(),
        new PreviousLine(720, new BigDecimal("24000")));
    assertEquals(DecisionType.FROZEN, d.decision());
    assertEquals(new BigDecimal("0.00"), d.creditLimit());
    assertTrue(d.reasons().get(0).contains("payment overdue"));
    assertTrue(d.reasons().size() >= 3);
    // falling below the lowest band with a line also freezes it
    assertEquals(DecisionType.FROZEN,
        engine.creditLine(Facts.good().score(560).build(), new PreviousLine(720, new BigDecimal("24000"))).decision());
  }

  @Test
  void auditInputsCarryNoPersonalData() {
    String inputs = decide(Facts.good(), "CREDIT_LINE").inputs();
    assertTrue(inputs.contains("age=36"), inputs);
    assertTrue(!inputs.contains("1990"), "no birth date in the audit: " + inputs);
  }
}
