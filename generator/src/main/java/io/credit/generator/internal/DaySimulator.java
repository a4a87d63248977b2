package io.credit.generator.internal;

import io.credit.generator.Archetype;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Simulates one business date for every customer and writes the day's rows: income, purchases
 * with a daily and weekly rhythm, cash withdrawals, bills, transfers along the social graph,
 * credit-line and instalment statements, and payments (on time, late, or never after default).
 */
public final class DaySimulator {
  private static final String[] CATEGORIES = {"GROCERY", "DINING", "TRANSPORT", "UTILITIES", "TELECOM", "HEALTH",
      "EDUCATION", "FASHION", "ELECTRONICS", "TRAVEL", "ENTERTAINMENT", "LUXURY", "OTHER"};
  private static final double[] CATEGORY_WEIGHTS = {30, 22, 12, 3, 3, 4, 2, 8, 3, 2, 6, 1, 4};
  private static final double[] CATEGORY_MEDIAN = {45, 60, 18, 120, 80, 90, 300, 180, 900, 1200, 110, 2500, 70};
  private static final double CATEGORY_TOTAL = 100;
  private static final String[] HIGH_RISK = {"GAMBLING", "LOTTERY", "CRYPTO"};
  private static final double[] HOUR_WEIGHTS = {0, 0, 0, 0, 0, 0, 1, 3, 5, 5, 5, 6, 9, 7, 5, 5, 5, 6, 8, 9, 8, 6, 4, 2};
  private static final double HOUR_TOTAL = 104;

  private final Population p;
  private final Rng rng = new Rng();
  private int day;
  private LocalDate date;
  private String dateText;
  private String yyyymmdd;
  private int txnSeq;

  public DaySimulator(Population population) {
    this.p = population;
  }

  /** Customers file rows for the day: everyone on the first day, then joiners and changes. */
  public void customers(LocalDate d, boolean firstDay, CsvOut out) {
    int today = (int) d.toEpochDay();
    for (int i = 0; i < p.size; i++) {
      if (p.openDay[i] > today) {
        continue;
      }
      rng.reseed(p.seed, i, today ^ 0x5A5A0000L);
      boolean changed = false;
      if (p.openDay[i] < today && !firstDay) {
        if (rng.chance(p.moveRate[i])) {
          p.city[i] = (short) rng.pick(Cities.WEIGHTS, Cities.TOTAL_WEIGHT);
          changed = true;
        }
        if (rng.chance(p.deviceRate[i])) {
          p.deviceSeq[i]++;
          changed = true;
        }
        if (p.consentScoring[i] && rng.chance(0.0002)) {
          p.consentScoring[i] = false;
          changed = true;
        }
        changed |= p.verifiedDay[i] == today || p.fraudDay[i] == today || p.amlDay[i] == today;
      }
      if (changed || p.openDay[i] == today || firstDay) {
        out.row(customerRow(i, today));
      }
    }
  }

  private String[] customerRow(int i, int today) {
    Rng id = new Rng().reseed(p.seed, i, -9);
    LocalDate birth = LocalDate.ofEpochDay(p.birthDay[i]);
    int c = p.city[i];
    String device = Long.toHexString(Rng.mix(p.seed * 31 + i * 1_000_003L + p.deviceSeq[i]) & 0xFFFFFFFFFFFFL);
    return new String[] {
        Population.customerId(i),
        Identities.name(id),
        Identities.nationalId(Cities.REGIONS[c], birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), id),
        Identities.phone(id),
        birth.toString(),
        Cities.NAMES[c],
        Integer.toString(Cities.TIERS[c]),
        "D" + device,
        Boolean.toString(p.verifiedDay[i] <= today),
        Boolean.toString(p.phoneVerified[i]),
        LocalDate.ofEpochDay(p.openDay[i]).toString(),
        Boolean.toString(p.consentScoring[i]),
        Boolean.toString(p.consentSharing[i]),
        Boolean.toString(p.fraudDay[i] <= today),
        Boolean.toString(p.amlDay[i] <= today)};
  }

  /** Transactions, statements and payments of every open customer for the day. */
  public void activity(LocalDate d, CsvOut txns, CsvOut statements, CsvOut payments) {
    this.day = (int) d.toEpochDay();
    this.date = d;
    this.dateText = d.toString();
    this.yyyymmdd = dateText.replace("-", "");
    this.txnSeq = 0;
    int dom = d.getDayOfMonth();
    boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    for (int i = 0; i < p.size; i++) {
      if (p.openDay[i] > day) {
        continue;
      }
      rng.reseed(p.seed, i, day);
      boolean defaulted = day >= p.defaultDay[i];
      boolean stressed = p.defaultDay[i] != Population.NEVER && day >= p.defaultDay[i] - 75;
      income(i, dom, stressed, txns);
      int purchases = rng.poisson(p.purchaseRate[i] * (weekend ? 1.3 : 0.9) * (defaulted ? 0.6 : 1));
      for (int k = 0; k < purchases; k++) {
        purchase(i, defaulted, txns);
      }
      if (rng.chance(p.cashRate[i] * (stressed ? 2.5 : 1))) {
        cash(i, txns);
      }
      if (dom == Math.min(28, p.payday[i] + 3)) {
        debit(i, "BILL_PAYMENT", "", "", "APP", cents(p.income[i] * 0.04 * rng.logNormal(1, 0.2)), txns);
      }
      if (rng.chance(p.transferRate[i])) {
        transfer(i, txns);
      }
      if (rng.chance(0.01)) {
        credit(i, "REFUND", "", "APP", cents(rng.logNormal(60, 0.8)), txns);
      }
      if (dom == p.statementDay[i] && !defaulted) {
        statements(i, statements);
      }
      payments(i, txns, payments);
    }
  }

  private void income(int i, int dom, boolean stressed, CsvOut txns) {
    Archetype type = p.archetypeOf(i);
    double miss = p.incomeMissProb[i] + (stressed ? 0.4 : 0);
    double scale = stressed ? 0.6 : 1;
    switch (type) {
      case SALARIED -> {
        if (dom == p.payday[i] && !rng.chance(miss)) {
          credit(i, "SALARY", "", "APP", cents(p.income[i] * scale * rng.logNormal(1, 0.04)), txns);
        }
      }
      case RETIREE -> {
        if (dom == p.payday[i] && !rng.chance(miss / 3)) {
          credit(i, "OTHER_INCOME", "", "APP", cents(p.income[i] * rng.logNormal(1, 0.01)), txns);
        }
      }
      case GIG_WORKER -> {
        if (rng.chance(8 / 30.0) && !rng.chance(miss)) {
          credit(i, "OTHER_INCOME", "", "APP", cents(p.income[i] * scale / 8 * rng.logNormal(1, 0.5)), txns);
        }
      }
      case SMALL_BUSINESS -> {
        if (rng.chance(12 / 30.0) && !rng.chance(miss)) {
          credit(i, "OTHER_INCOME", "", "POS", cents(p.income[i] * scale / 12 * rng.logNormal(1, 0.8)), txns);
        }
      }
      case STUDENT -> {
        if (rng.chance(2 / 30.0) && !rng.chance(miss)) {
          String family = String.format("C9%07d", (int) (Rng.mix(p.seed + i) >>> 40) % 10_000_000);
          credit(i, "TRANSFER_IN", family, "APP", cents(p.income[i] * scale / 2 * rng.logNormal(1, 0.3)), txns);
        }
      }
    }
  }

  private void purchase(int i, boolean defaulted, CsvOut txns) {
    String category;
    double median;
    if (rng.chance(p.highRiskShare[i])) {
      category = HIGH_RISK[rng.nextInt(HIGH_RISK.length)];
      median = 150;
    } else {
      int c = rng.pick(CATEGORY_WEIGHTS, CATEGORY_TOTAL);
      category = CATEGORIES[c];
      median = CATEGORY_MEDIAN[c];
    }
    double scale = Math.sqrt(p.income[i] / 9000.0);
    long amount = Math.min(50_000_000L, Math.max(100, cents(median * scale * rng.logNormal(1, p.ticketSigma[i]))));
    String channel = rng.chance(0.5) ? "POS" : rng.chance(0.6) ? "ONLINE" : "APP";
    String time = time(i);
    boolean onLine = p.limitCents[i] > 0 && !defaulted
        && (rng.chance(p.lineShare[i]) || p.balanceCents[i] < amount)
        && p.cycleSpendCents[i] + amount <= p.limitCents[i];
    if (onLine) {
      p.cycleSpendCents[i] += amount;
    } else {
      p.balanceCents[i] = Math.max(0, p.balanceCents[i] - amount);
    }
    txns.row(nextTxnId(), Population.customerId(i), time, money(amount), "DEBIT", "PURCHASE", category, "",
        channel, money(p.balanceCents[i]));
  }

  private void cash(int i, CsvOut txns) {
    long amount = Math.min(100_00L * (1 + rng.nextInt(10)), p.balanceCents[i] / 100_00 * 100_00);
    if (amount > 0) {
      debit(i, "CASH_WITHDRAWAL", "", "", "ATM", amount, txns);
    }
  }

  private void transfer(int i, CsvOut txns) {
    int j = p.friends[i * Population.FRIENDS + rng.nextInt(Population.FRIENDS)];
    if (p.openDay[j] > day) {
      return;
    }
    long amount = Math.max(100, cents(rng.logNormal(150, 0.9)));
    String time = time(i);
    p.balanceCents[i] = Math.max(0, p.balanceCents[i] - amount);
    txns.row(nextTxnId(), Population.customerId(i), time, money(amount), "DEBIT", "TRANSFER_OUT", "",
        Population.customerId(j), "APP", money(p.balanceCents[i]));
    p.balanceCents[j] += amount;
    txns.row(nextTxnId(), Population.customerId(j), time, money(amount), "CREDIT", "TRANSFER_IN", "",
        Population.customerId(i), "APP", money(p.balanceCents[j]));
  }

  private void credit(int i, String type, String counterparty, String channel, long amount, CsvOut txns) {
    p.balanceCents[i] += amount;
    txns.row(nextTxnId(), Population.customerId(i), time(i), money(amount), "CREDIT", type, "", counterparty,
        channel, money(p.balanceCents[i]));
  }

  private void debit(int i, String type, String category, String counterparty, String channel, long amount,
      CsvOut txns) {
    p.balanceCents[i] = Math.max(0, p.balanceCents[i] - amount);
    txns.row(nextTxnId(), Population.customerId(i), time(i), money(amount), "DEBIT", type, category, counterparty,
        channel, money(p.balanceCents[i]));
  }

  private void statements(int i, CsvOut out) {
    String suffix = "-" + yyyymmdd.substring(0, 6);
    String customer = Population.customerId(i);
    if (p.limitCents[i] > 0 && p.cycleSpendCents[i] > 0) {
      String id = "S" + customer.substring(1) + suffix + "-L";
      long due = p.cycleSpendCents[i];
      p.cycleSpendCents[i] = 0;
      out.row(id, customer, "CREDIT_LINE", dateText, date.plusDays(20).toString(), money(due), money(p.limitCents[i]));
      schedulePayment(i, id, due, day + 20);
    }
    if (p.instalmentCents[i] > 0 && day >= p.openDay[i] + 30) {
      String id = "S" + customer.substring(1) + suffix + "-I";
      out.row(id, customer, "INSTALMENT_LOAN", dateText, date.plusDays(25).toString(), money(p.instalmentCents[i]),
          money(p.instalmentCents[i] * 12));
      schedulePayment(i, id, p.instalmentCents[i], day + 25);
    }
  }

  /** Decides now when (and whether) the statement will be paid. */
  private void schedulePayment(int i, String statementId, long amount, int dueDay) {
    if (p.defaultDay[i] <= dueDay) {
      return; // the customer stops paying before this falls due
    }
    boolean stressed = dueDay >= p.defaultDay[i] - 90;
    double onTime = p.onTimeProb[i] * (stressed ? 0.5 : 1);
    int payDay;
    if (rng.chance(onTime)) {
      payDay = day + 1 + rng.nextInt(dueDay - day);
    } else {
      int late = 1 + (int) Math.min(85, Math.floor(Math.log(Math.max(rng.nextDouble(), 1e-9)) / Math.log(1 - 1 / 12.0)));
      payDay = dueDay + late;
    }
    if (payDay >= p.defaultDay[i]) {
      return;
    }
    int base = i * Population.MAX_PENDING;
    for (int k = 0; k < Population.MAX_PENDING; k++) {
      if (p.pendingPayDay[base + k] == Population.NEVER) {
        p.pendingPayDay[base + k] = payDay;
        p.pendingAmount[base + k] = amount;
        p.pendingStatement[base + k] = statementId;
        return;
      }
    }
    throw new IllegalStateException("more than " + Population.MAX_PENDING + " open statements for customer " + i);
  }

  private void payments(int i, CsvOut txns, CsvOut payments) {
    int base = i * Population.MAX_PENDING;
    for (int k = 0; k < Population.MAX_PENDING; k++) {
      if (p.pendingPayDay[base + k] == day) {
        String statement = p.pendingStatement[base + k];
        long amount = p.pendingAmount[base + k];
        payments.row("P" + statement.substring(1), statement, Population.customerId(i), dateText, money(amount));
        debit(i, "LOAN_REPAYMENT", "", "", "APP", amount, txns);
        p.pendingPayDay[base + k] = Population.NEVER;
        p.pendingStatement[base + k] = null;
      }
    }
  }

  private String time(int i) {
    int hour = rng.chance(p.nightShare[i]) ? rng.nextInt(6) : rng.pick(HOUR_WEIGHTS, HOUR_TOTAL);
    int minute = rng.nextInt(60);
    int second = rng.nextInt(60);
    char[] t = {'T', d(hour / 10), d(hour % 10), ':', d(minute / 10), d(minute % 10), ':', d(second / 10),
        d(second % 10)};
    return dateText + new String(t);
  }

  private static char d(int digit) {
    return (char) ('0' + digit);
  }

  private String nextTxnId() {
    return "T" + yyyymmdd + "-" + Population.pad(++txnSeq, 9);
  }

  private static long cents(double amount) {
    return Math.round(amount * 100);
  }

  /** Cents as a decimal with two digits. */
  static String money(long cents) {
    long abs = Math.abs(cents);
    long frac = abs % 100;
    return (cents < 0 ? "-" : "") + (abs / 100) + "." + (frac < 10 ? "0" : "") + frac;
  }
}
