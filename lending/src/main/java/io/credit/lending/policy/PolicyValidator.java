package io.credit.lending.policy;

import io.credit.core.model.ScoreBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a parsed policy and lists every problem found, each naming the key and what to fix. */
public final class PolicyValidator {
  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,23}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private PolicyValidator() {}

  public static List<String> validate(LendingPolicy p) {
    List<String> errors = new ArrayList<>();
    if (p.version() == null || !VERSION.matcher(p.version()).matches()) {
      errors.add("version: required, 1–64 letters, digits, '.', '_' or '-' (got " + quote(p.version()) + ")");
    }
    if (p.currency() == null || !CURRENCY.matcher(p.currency()).matches()) {
      errors.add("currency: required, a 3-letter ISO code such as CNY (got " + quote(p.currency()) + ")");
    }
    gates(p.gates(), errors);
    creditLine(p.creditLine(), errors);
    rental(p.rental(), errors);
    return errors;
  }

  private static void gates(Gates g, List<String> errors) {
    if (g == null) {
      errors.add("gates: required (min_age, delinquency_grace_days)");
      return;
    }
    if (g.minAge() == null || g.minAge() < 18 || g.minAge() > 120) {
      errors.add("gates.min_age: required, 18–120 (got " + g.minAge() + ")");
    }
    if (g.delinquencyGraceDays() == null || g.delinquencyGraceDays() < 0 || g.delinquencyGraceDays() > 365) {
      errors.add("gates.delinquency_grace_days: required, 0–365 (got " + g.delinquencyGraceDays() + ")");
    }
  }

  private static void creditLine(CreditLinePolicy c, List<String> errors) {
    if (c == null) {
      errors.add("credit_line: required");
      return;
    }
    nonNegative("credit_line.overall_cap", c.overallCap(), errors);
    nonNegative("credit_line.floor", c.floor(), errors);
    if (c.rounding() == null || c.rounding().signum() <= 0) {
      errors.add("credit_line.rounding: required, greater than 0 (got " + c.rounding() + ")");
    }
    if (c.earlyWarning() == null || c.earlyWarning().bandDropFactor() == null
        || c.earlyWarning().freezeOnDelinquency() == null) {
      errors.add("credit_line.early_warning: required (band_drop_factor, freeze_on_delinquency)");
    } else {
      BigDecimal f = c.earlyWarning().bandDropFactor();
      if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
        errors.add("credit_line.early_warning.band_drop_factor: must be between 0 and 1 (got " + f + ")");
      }
    }
    if (c.bands() == null || c.bands().isEmpty()) {
      errors.add("credit_line.bands: required, at least one band");
      return;
    }
    boolean complete = true;
    for (int i = 0; i < c.bands().size(); i++) {
      CreditBand b = c.bands().get(i);
      String at = "credit_line.bands[" + i + "]";
      if (b == null) {
        errors.add(at + ": empty band");
        complete = false;
        continue;
      }
      if (b.name() == null || b.name().isBlank()) {
        errors.add(at + ".name: required");
      }
      if (b.minScore() == null || b.maxScore() == null) {
        errors.add(at + ": min_score and max_score are required");
        complete = false;
      } else {
        score(at + ".min_score", b.minScore(), errors);
        score(at + ".max_score", b.maxScore(), errors);
        if (b.minScore() > b.maxScore()) {
          errors.add(at + ": min_score " + b.minScore() + " is above max_score " + b.maxScore());
          complete = false;
        }
      }
      nonNegative(at + ".inflow_multiple", b.inflowMultiple(), errors);
      nonNegative(at + ".band_cap", b.bandCap(), errors);
    }
    if (complete) {
      contiguous(c.bands(), errors);
    }
  }

  /** Bands sorted from the top must run 950 down without a gap or an overlap. */
  private static void contiguous(List<CreditBand> bands, List<String> errors) {
    List<CreditBand> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparing(CreditBand::maxScore).reversed());
    if (sorted.get(0).maxScore() != ScoreBand.MAX_SCORE) {
      errors.add("credit_line.bands: the highest band (" + sorted.get(0).name() + ") must end at max_score "
          + ScoreBand.MAX_SCORE + " (got " + sorted.get(0).maxScore() + ")");
    }
    for (int i = 1; i < sorted.size(); i++) {
      CreditBand upper = sorted.get(i - 1);
      CreditBand lower = sorted.get(i);
      if (lower.maxScore() >= upper.minScore()) {
        errors.add("credit_line.bands: " + lower.name() + " (" + lower.minScore() + "–" + lower.maxScore()
            + ") overlaps " + upper.name() + " (" + upper.minScore() + "–" + upper.maxScore() + ")");
      } else if (lower.maxScore() < upper.minScore() - 1) {
        errors.add("credit_line.bands: gap between " + lower.name() + " (ends at " + lower.maxScore() + ") and "
            + upper.name() + " (starts at " + upper.minScore() + "): scores " + (lower.maxScore() + 1) + "–"
            + (upper.minScore() - 1) + " belong to no band");
      }
    }
  }

  private static void rental(List<RentalCategory> rental, List<String> errors) {
    if (rental == null) {
      errors.add("rental: required (a list of categories; may be empty)");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rental.size(); i++) {
      RentalCategory r = rental.get(i);
      String at = "rental[" + i + "]";
      if (r == null) {
        errors.add(at + ": empty entry");
        continue;
      }
      if (r.category() == null || !CATEGORY.matcher(r.category()).matches()) {
        errors.add(at + ".category: required, upper case letters, digits, '_' (got " + quote(r.category()) + ")");
      } else if (!seen.add(r.category())) {
        errors.add(at + ".category: " + r.category() + " appears twice");
      }
      if (r.label() == null || r.label().isBlank()) {
        errors.add(at + ".label: required (plain-language name with its article, e.g. \"an apartment\")");
      }
      if (r.minScore() == null) {
        errors.add(at + ".min_score: required");
      } else {
        score(at + ".min_score", r.minScore(), errors);
      }
      nonNegative(at + ".max_deposit_waived", r.maxDepositWaived(), errors);
    }
  }

  private static void score(String at, int value, List<String> errors) {
    if (value < ScoreBand.MIN_SCORE || value > ScoreBand.MAX_SCORE) {
      errors.add(at + ": " + value + " is outside the score scale " + ScoreBand.MIN_SCORE + "–" + ScoreBand.MAX_SCORE);
    }
  }

  private static void nonNegative(String at, BigDecimal value, List<String> errors) {
    if (value == null) {
      errors.add(at + ": required");
    } else if (value.signum() < 0) {
      errors.add(at + ": must not be negative (got " + value.toPlainString() + ")");
    }
  }

  private static String quote(String s) {
    return s == null ? "nothing" : "'" + s + "'";
  }
}
