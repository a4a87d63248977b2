package io.credit.features.bench;

import io.credit.features.internal.TxnMetrics;
import io.credit.features.internal.Windows;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The single-node floor: the feature job's transaction aggregates (every daily metric, summed per
 * customer over the 30/90/180/365-day windows) computed by DuckDB over the same lake Parquet,
 * through its JDBC driver. The driver is a test/bench-scope dependency: {@link #available()} tells
 * whether this build has it.
 */
public final class DuckDbFloor {
  /** DuckDB's memory limit (it spills beyond it). */
  static final String MEMORY_LIMIT = "6GB";

  private DuckDbFloor() {}

  public static boolean available() {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Result: elapsed time and two control totals (transactions and purchase amount in 365 days). */
  public record Run(long millis, long customers, long txns365, double purchase365) {}

  /** Runs the aggregates with the given number of threads, writing Parquet to {@code outFile}. */
  public static Run run(String lakeDir, LocalDate asOf, int threads, String outFile) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      // DuckDB takes 80 % of the machine's memory by default, beside the JVM's heap: at 100,000
      // customers × 365 days the kernel killed the benchmark. Bounded, it spills to a folder instead.
      s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
      s.execute("SET temp_directory = '" + outFile + ".tmp'");
      long start = System.nanoTime();
      s.execute("COPY (" + sql(lakeDir, asOf) + ") TO '" + outFile + "' (FORMAT parquet)");
      long millis = (System.nanoTime() - start) / 1_000_000;
      try (ResultSet r = s.executeQuery("select count(*), sum(n_txn_365d), sum(amt_purchase_365d) from read_parquet('"
          + outFile + "')")) {
        r.next();
        return new Run(millis, r.getLong(1), r.getLong(2), r.getDouble(3));
      }
    }
  }

  static String sql(String lakeDir, LocalDate asOf) {
    LocalDate from = asOf.minusDays(Windows.LONGEST);
    List<String> daily = new ArrayList<>(List.of(
        "count(*) as n_txn",
        "count(*) * count(*) as n_txn_sq",
        "1 as active_day",
        "sum(case when hour(txn_time) >= 22 or hour(txn_time) < 6 then 1 else 0 end) as n_night",
        "sum(case when txn_type = 'PURCHASE' then 1 else 0 end) as n_purchase",
        "sum(case when txn_type in ('SALARY','OTHER_INCOME') then 1 else 0 end) as n_income",
        "sum(case when txn_type = 'SALARY' then 1 else 0 end) as n_salary",
        "sum(case when txn_type in ('TRANSFER_IN','TRANSFER_OUT') then 1 else 0 end) as n_transfer",
        "max(case when balance_after is not null then 1 else 0 end) as n_balance_days",
        "sum(case when direction = 'DEBIT' then amount else 0 end) as amt_debit",
        "sum(case when direction <> 'DEBIT' then amount else 0 end) as amt_credit",
        "sum(case when txn_type = 'PURCHASE' then amount else 0 end) as amt_purchase",
        "sum(case when txn_type in ('SALARY','OTHER_INCOME') then amount else 0 end) as amt_income",
        "sum(case when txn_type = 'PURCHASE' and category in ('GAMBLING','LOTTERY','CRYPTO') then amount else 0 end)"
            + " as amt_high_risk",
        "sum(case when txn_type = 'PURCHASE' and category in ('GROCERY','UTILITIES','TELECOM','HEALTH','EDUCATION',"
            + "'TRANSPORT') then amount else 0 end) as amt_essential",
        "sum(case when txn_type = 'CASH_WITHDRAWAL' then amount else 0 end) as amt_cash",
        "sum(case when txn_type = 'LOAN_REPAYMENT' then amount else 0 end) as amt_loan_repay",
        "sum(case when txn_type = 'TRANSFER_IN' then amount else 0 end) as amt_transfer_in",
        "sum(case when txn_type = 'TRANSFER_OUT' then amount else 0 end) as amt_transfer_out",
        "coalesce(arg_max(balance_after, (txn_time, txn_id)) filter (where balance_after is not null), 0)"
            + " as closing_balance",
        "sum(case when txn_type = 'PURCHASE' then amount * amount else 0 end) as amt_purchase_sq"));
    for (String cat : TxnMetrics.CATEGORIES) {
      daily.add("sum(case when txn_type = 'PURCHASE' and category = '" + cat + "' then amount else 0 end) as "
          + TxnMetrics.categoryColumn(cat));
    }
    List<String> windows = new ArrayList<>();
    for (int w : Windows.DAYS) {
      for (TxnMetrics.Metric m : TxnMetrics.ALL) {
        windows.add(String.format(Locale.ROOT, "sum(case when date >= DATE '%s' then %s else 0 end) as %s",
            asOf.minusDays(w), m.name(), TxnMetrics.windowColumn(m.name(), w)));
      }
    }
    return "with t as (select * from read_parquet('" + lakeDir + "/*/*.parquet', hive_partitioning = true) "
        + "where date >= DATE '" + from + "' and date < DATE '" + asOf + "'), "
        + "daily as (select customer_id, date, " + String.join(", ", daily) + " from t group by customer_id, date) "
        + "select customer_id, " + String.join(", ", windows) + " from daily group by customer_id";
  }
}
