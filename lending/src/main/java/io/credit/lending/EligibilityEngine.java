package io.credit.lending;

import io.credit.core.model.ScoreBand;
import io.credit.lending.policy.CreditBand;
import io.credit.lending.policy.CreditLinePolicy;
import io.credit.lending.policy.LendingPolicy;
import io.credit.lending.policy.Products;
import io.credit.lending.policy.RentalCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Applies a policy to one customer's facts: consent, then the gates, then the score, then the
 * product's own rule (credit-line sizing with early warning, or the rental cut-off). Pure: no I/O.
 */
public final class EligibilityEngine {
  public static final String SCORED = "SCORED";
  public static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";
  public static final String NO_CONSENT = "NO_CONSENT";

  private final LendingPolicy policy;
  private final LocalDate runDate;

  public EligibilityEngine(LendingPolicy policy, LocalDate runDate) {
    this.policy = policy;
    this.runDate = runDate;
  }

  /** Decisions for every product of the policy, credit line first. */
  public List<Decision> decide(ApplicantFacts f, PreviousLine previous) {
    List<Decision> out = new ArrayList<>(1 + policy.rental().size());
    out.add(creditLine(f, previous));
    for (RentalCategory c : policy.rental()) {
      out.add(rental(f, c));
    }
    return out;
  }

  Decision creditLine(ApplicantFacts f, PreviousLine previous) {
    boolean hadLine = previous != null && previous.hadLine();
    Optional<Decision> blocked = blocked(f, Products.CREDIT_LINE, hadLine);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    CreditLinePolicy cl = policy.creditLine();
    int score = f.score();
    Optional<CreditBand> band = cl.bands().stream().filter(b -> b.contains(score)).findFirst();
    if (band.isEmpty()) {
      int lowest = cl.bands().stream().mapToInt(CreditBand::minScore).min().orElseThrow();
      String why = "Your score of " + score + " is below " + lowest + ", the lowest score for a credit line";
      return adverse(f, Products.CREDIT_LINE, hadLine ? DecisionType.FROZEN : DecisionType.DECLINED, List.of(why));
    }
    CreditBand b = band.get();
    BigDecimal raw = f.monthlyInflow().multiply(b.inflowMultiple()).min(b.bandCap()).min(cl.overallCap());
    BigDecimal line = roundDown(raw);
    if (line.compareTo(cl.floor()) < 0) {
      String why = "Your regular monthly income of " + money(f.monthlyInflow()) + " supports a line of "
          + money(line) + ", below the smallest line we offer (" + money(cl.floor()) + ")";
      return adverse(f, Products.CREDIT_LINE, hadLine ? DecisionType.FROZEN : DecisionType.DECLINED, List.of(why));
    }
    if (hadLine && previous.score() != null && bandDrop(previous.score(), score) >= 1) {
      BigDecimal capped = roundDown(previous.creditLimit().multiply(cl.earlyWarning().bandDropFactor()));
      BigDecimal reduced = line.min(capped);
      String why = "Your score fell from " + previous.score() + " (" + ScoreBand.of(previous.score()).label()
          + ") to " + score + " (" + ScoreBand.of(score).label() + "), so your line was reduced from "
          + money(previous.creditLimit()) + " to " + money(reduced);
      if (reduced.compareTo(cl.floor()) < 0) {
        return adverse(f, Products.CREDIT_LINE, DecisionType.FROZEN, List.of(why.replace("reduced from "
            + money(previous.creditLimit()) + " to " + money(reduced), "frozen")));
      }
      return decision(f, Products.CREDIT_LINE, DecisionType.REDUCED, reduced, null, reasons(List.of(why), f));
    }
    return decision(f, Products.CREDIT_LINE, DecisionType.APPROVED, line, null, List.of());
  }

  Decision rental(ApplicantFacts f, RentalCategory c) {
    String product = Products.rental(c.category());
    Optional<Decision> blocked = blocked(f, product, false);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    if (f.score() >= c.minScore()) {
      return decision(f, product, DecisionType.APPROVED, null, c.maxDepositWaived(), List.of());
    }
    String why = "Your score of " + f.score() + " is below " + c.minScore() + ", the score needed to rent "
        + c.label() + " without a deposit";
    return adverse(f, product, DecisionType.DECLINED, List.of(why));
  }

  /** Consent, gates and missing data, in that order; empty when the score may decide. */
  private Optional<Decision> blocked(ApplicantFacts f, String product, boolean hadLine) {
    if (NO_CONSENT.equals(f.scoreStatus()) || (f.customerKnown() && !f.consentScoring())) {
      return Optional.of(decision(f, product, DecisionType.NO_CONSENT, null, null,
          List.of("You have not consented to your data being used for credit decisions")));
    }
    if (!f.customerKnown()) {
      return Optional.of(review(f, product, "Your customer record is incomplete; a credit officer will review it"));
    }
    List<String> gates = failedGates(f);
    if (!gates.isEmpty()) {
      boolean freeze = hadLine && (!f.delinquent() || policy.creditLine().earlyWarning().freezeOnDelinquency());
      return Optional.of(adverse(f, product, freeze ? DecisionType.FROZEN : DecisionType.DECLINED, gates));
    }
    if (INSUFFICIENT_DATA.equals(f.scoreStatus()) || f.score() == null) {
      return Optional.of(review(f, product, "There is not yet enough account history to calculate a reliable score; "
          + "a credit officer will review your application"));
    }
    return Optional.empty();
  }

  /** Every failing gate, in plain language. */
  List<String> failedGates(ApplicantFacts f) {
    List<String> failed = new ArrayList<>();
    if (!f.idVerified()) {
      failed.add("Your identity has not been verified yet");
    }
    if (f.birthDate() == null) {
      failed.add("Your date of birth is not on record");
    } else if (Period.between(f.birthDate(), runDate).getYears() < policy.gates().minAge()) {
      failed.add("You must be at least " + policy.gates().minAge() + " years old");
    }
    if (f.fraudFlag()) {
      failed.add("Your account is under a security review");
    }
    if (f.amlFlag()) {
      failed.add("Your account is under a compliance review");
    }
    if (f.delinquent()) {
      failed.add("You have a payment overdue since " + f.overdueSince() + " ("
          + ChronoUnit.DAYS.between(f.overdueSince(), runDate) + " days)");
    }
    return failed;
  }

  private Decision adverse(ApplicantFacts f, String product, DecisionType type, List<String> primary) {
    return decision(f, product, type, type == DecisionType.FROZEN ? BigDecimal.ZERO.setScale(2) : null, null,
        reasons(primary, f));
  }

  /** A person decides; the score's reasons (when it has any) go with the review's own reason. */
  private Decision review(ApplicantFacts f, String product, String why) {
    return decision(f, product, DecisionType.MANUAL_REVIEW, null, null, reasons(List.of(why), f));
  }

  /** The decision's own reasons first, then the score's reasons, without repeats. */
  private static List<String> reasons(List<String> primary, ApplicantFacts f) {
    LinkedHashSet<String> all = new LinkedHashSet<>(primary);
    for (String r : f.scoreReasons()) {
      if (r != null && !r.isBlank()) {
        all.add(r.strip());
      }
    }
    return List.copyOf(all);
  }

  private Decision decision(ApplicantFacts f, String product, DecisionType type, BigDecimal limit,
      BigDecimal waived, List<String> reasons) {
    String band = f.score() == null ? null : ScoreBand.of(f.score()).name();
    return new Decision(f.customerId(), product, type, limit, waived == null ? null : waived.setScale(2),
        f.score(), band, f.scoreStatus(), f.modelName(), f.modelVersion(), policy.version(), runDate, reasons,
        inputs(f));
  }

  private static int bandDrop(int before, int now) {
    return ScoreBand.of(before).ordinal() - ScoreBand.of(now).ordinal();
  }

  private BigDecimal roundDown(BigDecimal amount) {
    BigDecimal step = policy.creditLine().rounding();
    return amount.divide(step, 0, RoundingMode.FLOOR).multiply(step).setScale(2, RoundingMode.UNNECESSARY);
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** The inputs' summary kept in the audit log: no name, id number or phone. */
  private String inputs(ApplicantFacts f) {
    Integer age = f.birthDate() == null ? null : Period.between(f.birthDate(), runDate).getYears();
    return "score=" + f.score() + ";status=" + f.scoreStatus() + ";customer_known=" + f.customerKnown()
        + ";age=" + age + ";id_verified=" + f.idVerified() + ";consent_scoring=" + f.consentScoring()
        + ";fraud_flag=" + f.fraudFlag() + ";aml_flag=" + f.amlFlag() + ";overdue_since=" + f.overdueSince()
        + ";monthly_inflow=" + money(f.monthlyInflow());
  }
}
