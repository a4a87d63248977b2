package io.credit.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.lending.policy.PolicyLoader;
import io.credit.lending.store.EligibilityDao;
import io.credit.lending.store.EligibilityRecord;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Adverse-action explanations over two real eligibility runs of a varied population (every gate,
 * missing master data, too little history, low scores, band drops, new delinquency): every
 * {@code DECLINED}, {@code MANUAL_REVIEW}, {@code REDUCED} and {@code FROZEN} row carries at least
 * three plain-language reasons, fewer only when fewer apply (the failing gates or the decision's own
 * reason, plus the score's reason codes), and it carries every reason code of its score.
 */
class AdverseActionReasonsTest {
  static final LocalDate D1 = LocalDate.of(2026, 6, 30);
  static final LocalDate D2 = D1.plusDays(1);
  static final int CUSTOMERS = 400;

  private final Database db = TestDatabases.freshH2();
  private final ContractTables tables = ContractTables.on(db.jdbi());
  private final EligibilityDao dao = db.jdbi().onDemand(EligibilityDao.class);

  /** What the test itself knows about each customer, to count the reasons that apply. */
  private record Facts(boolean known, boolean consent, boolean idVerified, LocalDate birth, boolean fraud, boolean aml,
      LocalDate overdueSince) {
    int failingGates(LocalDate day) {
      int g = 0;
      g += idVerified ? 0 : 1;
      g += Period.between(birth, day).getYears() < 18 ? 1 : 0;
      g += fraud ? 1 : 0;
      g += aml ? 1 : 0;
      g += overdueSince != null && overdueSince.isBefore(day) ? 1 : 0;
      return g;
    }
  }

  private record Score(Integer score, String status, List<String> reasons) {}

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyAdverseOrReviewDecisionCarriesThreeReasonsWhenThreeApply() {
    Random random = new Random(42);
    Map<String, Facts> facts = new HashMap<>();
    Map<LocalDate, Map<String, Score>> scores = Map.of(D1, new HashMap<>(), D2, new HashMap<>());
    Map<String, BigDecimal> inflow = new HashMap<>();
    for (int i = 1; i <= CUSTOMERS; i++) {
      String id = String.format("C%08d", i);
      boolean known = random.nextDouble() > 0.05;
      Facts f = new Facts(known, random.nextDouble() > 0.05, random.nextDouble() > 0.08,
          random.nextDouble() < 0.04 ? D1.minusYears(17) : LocalDate.of(1960 + random.nextInt(40), 3, 1),
          random.nextDouble() < 0.03, random.nextDouble() < 0.03,
          random.nextDouble() < 0.08 ? D1.minusDays(10) : random.nextDouble() < 0.06 ? D1 : null);
      facts.put(id, f);
      if (known) {
        tables.customer(id, f.birth(), f.idVerified(), f.consent(), f.fraud(), f.aml());
      }
      if (f.overdueSince() != null) {
        tables.statement("S" + id, id, f.overdueSince(), "300.00");
      }
      inflow.put(id, BigDecimal.valueOf(random.nextInt(20_000)));
      int previous = 350 + random.nextInt(601);
      for (LocalDate d : List.of(D1, D2)) {
        Score s;
        if (!f.consent()) {
          s = new Score(null, EligibilityEngine.NO_CONSENT, List.of());
        } else if (random.nextDouble() < 0.08) {
          s = new Score(null, EligibilityEngine.INSUFFICIENT_DATA, List.of());
        } else {
          int score = d.equals(D1) ? previous : Math.max(350, Math.min(950, previous - 120 + random.nextInt(200)));
          List<String> reasons = new ArrayList<>();
          for (int r = 0, n = random.nextInt(5); r < n; r++) {
            reasons.add("Score reason " + (r + 1) + " of " + id);
          }
          s = new Score(score, EligibilityEngine.SCORED, reasons);
        }
        scores.get(d).put(id, s);
        tables.score(id, d, s.score(), s.status(), s.reasons().toArray(String[]::new));
      }
    }
    EligibilityService service = new EligibilityService(db.jdbi(), d -> inflow, Clock.systemUTC());

    Map<DecisionType, Integer> checked = new EnumMap<>(DecisionType.class);
    for (LocalDate d : List.of(D1, D2)) {
      service.run(d, PolicyLoader.loadDefault(), "test");
      for (String id : facts.keySet()) {
        for (EligibilityRecord row : dao.findByDate(id, d)) {
          DecisionType type = DecisionType.valueOf(row.decision());
          if (type == DecisionType.APPROVED || type == DecisionType.NO_CONSENT) {
            continue;
          }
          Facts f = facts.get(id);
          Score s = scores.get(d).get(id);
          int own = f.known() ? Math.max(1, f.failingGates(d)) : 1;
          int apply = own + s.reasons().size();
          List<String> reasons = row.reasonList();
          String what = id + " " + row.product() + " " + type + " on " + d + ": " + reasons;
          assertTrue(reasons.size() >= Math.min(3, apply), what + " (" + apply + " apply)");
          assertTrue(reasons.containsAll(s.reasons()), what + " lacks reason codes of its score " + s.reasons());
          assertEquals(reasons.size(), new HashSet<>(reasons).size(), what + " repeats a reason");
          assertTrue(reasons.stream().noneMatch(String::isBlank), what);
          checked.merge(type, 1, Integer::sum);
        }
      }
    }
    Set<DecisionType> expected = Set.of(DecisionType.DECLINED, DecisionType.MANUAL_REVIEW, DecisionType.REDUCED,
        DecisionType.FROZEN);
    assertEquals(expected, checked.keySet(), "the population exercises every adverse kind: " + checked);
  }
}
