package io.credit.features.catalog;

import io.credit.core.model.Dimension;
import io.credit.features.internal.TxnMetrics;
import io.credit.features.internal.Windows;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The feature set: every feature the job writes, in column order. The README's catalogue table is
 * generated from it, and scoring reads names, dimensions and reason phrases from it.
 *
 * <p>Formulas run in plain Java on one customer's exact sums (decimal converted to double once),
 * so a value depends only on that customer's inputs, never on partitioning or ordering.
 */
public final class FeatureCatalog {
  /** Version of the feature set; part of the feature store path and of {@code feature_snapshots}. */
  public static final String VERSION = "1";
  /** Cap for ratios whose denominator may be tiny (spend to income, debt service). */
  public static final double RATIO_CAP = 10.0;
  /** Days used when something never happened (no delinquency, no transaction). */
  public static final double NEVER_DAYS = 3650.0;

  private static final FeatureCatalog V1 = new FeatureCatalog(build());

  private final List<FeatureDefinition> features;
  private final Map<String, FeatureDefinition> byName;

  private FeatureCatalog(List<FeatureDefinition> features) {
    this.features = Collections.unmodifiableList(features);
    Map<String, FeatureDefinition> map = new LinkedHashMap<>();
    for (FeatureDefinition f : features) {
      if (map.put(f.name(), f) != null) {
        throw new IllegalStateException("duplicate feature " + f.name());
      }
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  public static FeatureCatalog current() {
    return V1;
  }

  public String version() {
    return VERSION;
  }

  public List<FeatureDefinition> features() {
    return features;
  }

  public List<String> names() {
    return features.stream().map(FeatureDefinition::name).toList();
  }

  public Optional<FeatureDefinition> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<FeatureDefinition> of(Dimension dimension) {
    return features.stream().filter(f -> f.dimension() == dimension).toList();
  }

  // ---------------------------------------------------------------- definitions

  private static List<FeatureDefinition> build() {
    List<FeatureDefinition> f = new ArrayList<>();
    creditHistory(f);
    behaviour(f);
    abilityToPay(f);
    identity(f);
    connections(f);
    return f;
  }

  private static void creditHistory(List<FeatureDefinition> f) {
    Dimension d = Dimension.CREDIT_HISTORY;
    for (int w : Windows.DAYS) {
      String s = Windows.suffix(w);
      String when = period(w);
      f.add(new FeatureDefinition("statements_due" + s, d, w, "count",
          "Repayment statements whose due date falls in the window.",
          "0: nothing fell due", 0, "little repayment history in the " + when, in -> in.num("stmts_due" + s)));
      f.add(new FeatureDefinition("on_time_ratio" + s, d, w, "ratio",
          "Share of statements due in the window that were paid in full by the due date.",
          "1: nothing fell due, so nothing was late", 1, "repayments not made on time in the " + when,
          in -> ratio(in.num("stmts_due" + s) - in.num("late" + s), in.num("stmts_due" + s), 1)));
      f.add(new FeatureDefinition("late_payments" + s, d, w, "count",
          "Statements due in the window with days past due > 0 as of the as-of date.",
          "0: nothing fell due", 0, "late payments in the " + when, in -> in.num("late" + s)));
      f.add(new FeatureDefinition("max_dpd" + s, d, w, "days",
          "Largest days past due (contract definition) of statements due in the window.",
          "0: nothing fell due", 0, "days past due in the " + when, in -> in.num("max_dpd" + s)));
    }
    f.add(new FeatureDefinition("worst_late_severity_365d", d, 365, "grade 0-4",
        "Worst lateness in 365 days: 0 none, 1 = 1-29, 2 = 30-59, 3 = 60-89, 4 = 90+ days past due.",
        "0: nothing fell due", 0, "serious late payment in the last 12 months", in -> {
          double dpd = in.num("max_dpd_365d");
          return dpd >= 90 ? 4 : dpd >= 60 ? 3 : dpd >= 30 ? 2 : dpd > 0 ? 1 : 0;
        }));
    f.add(new FeatureDefinition("current_dpd", d, 0, "days",
        "Days past due today of the oldest statement still unpaid after its due date.",
        "0: nothing overdue", 0, "a repayment is overdue now", in -> in.num("current_dpd")));
    f.add(new FeatureDefinition("days_since_delinquency", d, 0, "days",
        "Days since the due date of the latest statement paid late or still overdue (2-year ledger look-back).",
        "3650: no delinquency seen", NEVER_DAYS, "a recent late payment",
        in -> in.daysSince("last_delinquent_due_date", NEVER_DAYS)));
    f.add(new FeatureDefinition("credit_tenure_days", d, 0, "days",
        "Days since the customer's first repayment statement.",
        "0: no credit product yet", 0, "short credit history", in -> in.daysSince("first_statement_date", 0)));
  }

  private static void behaviour(List<FeatureDefinition> f) {
    Dimension d = Dimension.BEHAVIOUR;
    for (int w : Windows.DAYS) {
      String s = Windows.suffix(w);
      String when = period(w);
      String purchases = "n_purchase" + s;
      String spend = "amt_purchase" + s;
      f.add(new FeatureDefinition("txn_count" + s, d, w, "count", "Wallet transactions in the window.",
          "0: no activity", 0, "little wallet activity in the " + when, in -> in.num("n_txn" + s)));
      f.add(new FeatureDefinition("active_days" + s, d, w, "days", "Days with at least one transaction.",
          "0: no activity", 0, "few active days in the " + when, in -> in.num("active_day" + s)));
      f.add(new FeatureDefinition("spend" + s, d, w, "currency", "Total purchase amount.",
          "0: no purchases", 0, "low spending in the " + when, in -> in.num(spend)));
      f.add(new FeatureDefinition("avg_ticket" + s, d, w, "currency", "Average purchase amount.",
          "0: no purchases", 0, "average purchase size in the " + when,
          in -> ratio(in.num(spend), in.num(purchases), 0)));
      f.add(new FeatureDefinition("ticket_volatility" + s, d, w, "currency",
          "Standard deviation of purchase amounts (population).", "0: no purchases", 0,
          "irregular purchase amounts in the " + when,
          in -> std(in.num("amt_purchase_sq" + s), in.num(spend), in.num(purchases))));
      f.add(new FeatureDefinition("category_entropy" + s, d, w, "bits",
          "Shannon entropy of purchase amounts across the 16 categories (0 = one category).",
          "0: no purchases", 0, "narrow spending pattern in the " + when, in -> entropy(in, s)));
      f.add(new FeatureDefinition("high_risk_share" + s, d, w, "ratio",
          "Share of purchase amount in gambling, lottery and crypto.", "0: no purchases", 0,
          "spending on gambling, lottery or crypto in the " + when,
          in -> ratio(in.num("amt_high_risk" + s), in.num(spend), 0)));
      f.add(new FeatureDefinition("essential_share" + s, d, w, "ratio",
          "Share of purchase amount in groceries, utilities, telecom, health, education and transport.",
          "0: no purchases", 0, "little essential spending in the " + when,
          in -> ratio(in.num("amt_essential" + s), in.num(spend), 0)));
      f.add(new FeatureDefinition("night_share" + s, d, w, "ratio",
          "Share of transactions between 22:00 and 06:00.", "0: no activity", 0,
          "night-time activity in the " + when, in -> ratio(in.num("n_night" + s), in.num("n_txn" + s), 0)));
      f.add(new FeatureDefinition("activity_cv" + s, d, w, "ratio",
          "Coefficient of variation of daily transaction counts over all days of the window (lower = steadier).",
          "0: no activity", 0, "irregular wallet activity in the " + when,
          in -> ratio(std(in.num("n_txn_sq" + s), in.num("n_txn" + s), w), in.num("n_txn" + s) / w, 0)));
      f.add(new FeatureDefinition("cash_share" + s, d, w, "ratio", "Share of money out taken as cash.",
          "0: no money out", 0, "cash withdrawals in the " + when,
          in -> ratio(in.num("amt_cash" + s), in.num("amt_debit" + s), 0)));
    }
    f.add(new FeatureDefinition("spend_trend_30_90", d, 30, "ratio",
        "Daily spend of the last 30 days divided by daily spend of the last 90 days.",
        "1: no spend in 90 days (no change)", 1, "a recent change in spending",
        in -> ratio(in.num("amt_purchase_30d") / 30, in.num("amt_purchase_90d") / 90, 1)));
    f.add(new FeatureDefinition("spend_trend_90_365", d, 90, "ratio",
        "Daily spend of the last 90 days divided by daily spend of the last 365 days.",
        "1: no spend in 365 days (no change)", 1, "a change in spending over the year",
        in -> ratio(in.num("amt_purchase_90d") / 90, in.num("amt_purchase_365d") / 365, 1)));
    f.add(new FeatureDefinition("history_days", d, 0, "days",
        "Days since the customer's first transaction in the lake (for INSUFFICIENT_DATA checks).",
        "0: no transaction yet", 0, "short wallet history", in -> in.daysSince("first_txn_date", 0)));
    f.add(new FeatureDefinition("days_since_last_txn", d, 0, "days", "Days since the latest transaction.",
        "3650: no transaction yet", NEVER_DAYS, "no recent wallet activity",
        in -> in.daysSince("last_txn_date", NEVER_DAYS)));
  }

  private static void abilityToPay(List<FeatureDefinition> f) {
    Dimension d = Dimension.ABILITY_TO_PAY;
    for (int w : Windows.DAYS) {
      String s = Windows.suffix(w);
      String when = period(w);
      String income = "amt_income" + s;
      double months = w / 30.0;
      f.add(new FeatureDefinition("income" + s, d, w, "currency", "Salary and other income received.",
          "0: no income seen", 0, "low income in the " + when, in -> in.num(income)));
      f.add(new FeatureDefinition("income_regularity" + s, d, w, "ratio",
          "Salary payments received per expected monthly salary (" + fmt(months) + " expected), capped at 1.",
          "0: no salary seen", 0, "irregular income in the " + when,
          in -> Math.min(in.num("n_salary" + s) / months, 1.0)));
      f.add(new FeatureDefinition("inflow" + s, d, w, "currency", "All money in.", "0: no money in", 0,
          "low inflows in the " + when, in -> in.num("amt_credit" + s)));
      f.add(new FeatureDefinition("outflow" + s, d, w, "currency", "All money out.", "0: no money out", 0,
          "high outflows in the " + when, in -> in.num("amt_debit" + s)));
      f.add(new FeatureDefinition("net_flow" + s, d, w, "currency", "Money in minus money out.",
          "0: no activity", 0, "more money out than in over the " + when,
          in -> in.num("amt_credit" + s) - in.num("amt_debit" + s)));
      f.add(new FeatureDefinition("spend_to_income" + s, d, w, "ratio",
          "Money out divided by income, capped at " + fmt(RATIO_CAP) + ".",
          "0 without money out; " + fmt(RATIO_CAP) + " with money out but no income", 0,
          "spending high relative to income in the " + when,
          in -> cappedRatio(in.num("amt_debit" + s), in.num(income))));
      f.add(new FeatureDefinition("debt_service_ratio" + s, d, w, "ratio",
          "Loan repayments divided by income, capped at " + fmt(RATIO_CAP) + ".",
          "0 without repayments; " + fmt(RATIO_CAP) + " with repayments but no income", 0,
          "loan repayments high relative to income in the " + when,
          in -> cappedRatio(in.num("amt_loan_repay" + s), in.num(income))));
      f.add(new FeatureDefinition("avg_balance" + s, d, w, "currency",
          "Average end-of-day wallet balance over the days with a known balance.", "0: no balance known", 0,
          "low wallet balance in the " + when,
          in -> ratio(in.num("closing_balance" + s), in.num("n_balance_days" + s), 0)));
      f.add(new FeatureDefinition("utilisation" + s, d, w, "ratio",
          "Credit-line statement amounts divided by their credit limits, for statements cut in the window.",
          "0: no credit-line statement", 0, "high use of the credit line in the " + when,
          in -> ratio(in.num("util_due" + s), in.num("util_limit" + s), 0)));
    }
    f.add(new FeatureDefinition("last_balance", d, 0, "currency", "Latest known wallet balance.",
        "0: no balance known", 0, "low wallet balance", in -> in.num("last_balance")));
    f.add(new FeatureDefinition("utilisation_last", d, 0, "ratio",
        "Latest credit-line statement amount divided by its credit limit.", "0: no credit-line statement", 0,
        "high use of the credit line", in -> ratio(in.num("last_util_due"), in.num("last_util_limit"), 0)));
    f.add(new FeatureDefinition("outstanding_amount", d, 0, "currency",
        "Amount of issued statements not yet repaid.", "0: nothing outstanding", 0,
        "large amount still owed", in -> in.num("outstanding")));
  }

  private static void identity(List<FeatureDefinition> f) {
    Dimension d = Dimension.IDENTITY;
    f.add(new FeatureDefinition("id_verified", d, 0, "flag", "1 if the national id is verified.",
        "never missing", 0, "identity not verified", in -> in.flag("id_verified") ? 1 : 0));
    f.add(new FeatureDefinition("phone_verified", d, 0, "flag", "1 if the phone number is verified.",
        "never missing", 0, "phone not verified", in -> in.flag("phone_verified") ? 1 : 0));
    f.add(new FeatureDefinition("account_age_days", d, 0, "days", "Days since the wallet account was opened.",
        "never missing", 0, "new wallet account", in -> Math.max(0, in.daysSince("account_open_date", 0))));
    f.add(new FeatureDefinition("age_years", d, 0, "years", "Age in whole years on the as-of date.",
        "never missing", 0, "age", FeatureCatalog::age));
    f.add(new FeatureDefinition("age_band", d, 0, "band 1-5",
        "Age band: 1 under 25, 2 = 25-34, 3 = 35-49, 4 = 50-64, 5 = 65 and over.", "never missing", 0,
        "age band", in -> {
          double a = age(in);
          return a < 25 ? 1 : a < 35 ? 2 : a < 50 ? 3 : a < 65 ? 4 : 5;
        }));
    f.add(new FeatureDefinition("city_tier", d, 0, "tier 1-4", "Tier of the city lived in as of the date.",
        "never missing", 0, "city tier", in -> in.num("city_tier")));
    f.add(new FeatureDefinition("has_device", d, 0, "flag", "1 if a device is registered as of the date.",
        "0: no device known", 0, "no registered device", in -> in.isPresent("device_hash") ? 1 : 0));
    f.add(new FeatureDefinition("city_changes_365d", d, 365, "count", "Moves to another city in the window.",
        "0: no change recorded", 0, "frequent moves in the last 12 months", in -> in.num("city_changes_365d")));
    f.add(new FeatureDefinition("device_changes_365d", d, 365, "count", "Changes of device in the window.",
        "0: no change recorded", 0, "frequent device changes in the last 12 months",
        in -> in.num("device_changes_365d")));
    f.add(new FeatureDefinition("days_since_profile_change", d, 0, "days",
        "Days since the latest change of city or device.", "3650: never changed", NEVER_DAYS,
        "a recent change of city or device", in -> in.daysSince("last_profile_change", NEVER_DAYS)));
  }

  private static void connections(List<FeatureDefinition> f) {
    Dimension d = Dimension.CONNECTIONS;
    for (int w : Windows.DAYS) {
      String s = Windows.suffix(w);
      String when = period(w);
      f.add(new FeatureDefinition("counterparties" + s, d, w, "count",
          "Distinct transfer counterparties.", "0: no transfers", 0, "few transfer counterparties in the " + when,
          in -> in.num("counterparties" + s)));
      f.add(new FeatureDefinition("transfer_count" + s, d, w, "count", "Transfers in and out.",
          "0: no transfers", 0, "few transfers in the " + when, in -> in.num("n_transfer" + s)));
      f.add(new FeatureDefinition("transfer_in" + s, d, w, "currency", "Amount received by transfer.",
          "0: no transfers", 0, "little money received from others in the " + when,
          in -> in.num("amt_transfer_in" + s)));
      f.add(new FeatureDefinition("transfer_out" + s, d, w, "currency", "Amount sent by transfer.",
          "0: no transfers", 0, "money sent to others in the " + when, in -> in.num("amt_transfer_out" + s)));
    }
    f.add(new FeatureDefinition("scored_counterparties_365d", d, 365, "count",
        "Counterparties of the last 365 days that have a score dated before the as-of date.",
        "0: none scored (or no scores table yet)", 0, "few known counterparties",
        in -> in.num("scored_counterparties")));
    f.add(new FeatureDefinition("good_standing_share_365d", d, 365, "ratio",
        "Share of scored counterparties whose latest score is SCORED and at least 600 (band Good or better).",
        "0.5: no scored counterparty (unknown, neutral)", 0.5, "counterparties in poor standing",
        in -> ratio(in.num("good_counterparties"), in.num("scored_counterparties"), 0.5)));
  }

  // ---------------------------------------------------------------- formula helpers

  static double ratio(double numerator, double denominator, double whenZero) {
    return denominator > 0 ? numerator / denominator : whenZero;
  }

  static double cappedRatio(double numerator, double denominator) {
    if (denominator > 0) {
      return Math.min(numerator / denominator, RATIO_CAP);
    }
    return numerator > 0 ? RATIO_CAP : 0;
  }

  /** Population standard deviation from a sum of squares, a sum and a count. */
  static double std(double sumOfSquares, double sum, double n) {
    if (n <= 0) {
      return 0;
    }
    double mean = sum / n;
    return Math.sqrt(Math.max(sumOfSquares / n - mean * mean, 0));
  }

  private static double entropy(FeatureInputs in, String suffix) {
    double spend = in.num("amt_purchase" + suffix);
    if (spend <= 0) {
      return 0;
    }
    double h = 0;
    for (String c : TxnMetrics.CATEGORIES) {
      double p = in.num(TxnMetrics.categoryColumn(c) + suffix) / spend;
      if (p > 0) {
        h -= p * StrictMath.log(p) / StrictMath.log(2);
      }
    }
    return h;
  }

  private static double age(FeatureInputs in) {
    LocalDate birth = in.date("birth_date");
    return birth == null ? 0 : Math.max(0, Period.between(birth, in.asOf()).getYears());
  }

  private static String period(int days) {
    return switch (days) {
      case 30 -> "last month";
      case 90 -> "last 3 months";
      case 180 -> "last 6 months";
      case 365 -> "last 12 months";
      default -> "last " + days + " days";
    };
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
