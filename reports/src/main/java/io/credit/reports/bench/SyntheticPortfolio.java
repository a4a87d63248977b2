package io.credit.reports.bench;

import io.credit.core.model.ScoreBand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jdbi.v3.core.Jdbi;

/**
 * Fills the contract tables with a realistic, deterministic portfolio: a latent risk per customer
 * drives the scores (normal around 640, sd 70, on 350–950), the five sub-scores, the reason codes, the
 * eligibility decisions and whether a past statement is 90+ days unpaid. Scores exist on
 * {@code scoreDates} monthly dates ending at the business date.
 *
 * @param customers  how many customers
 * @param date       business date of the latest run
 * @param scoreDates how many monthly score dates (≥ 1)
 * @param seed       random seed
 */
public record SyntheticPortfolio(int customers, LocalDate date, int scoreDates, long seed) {
  public static final String MODEL = "credit_scorecard";
  public static final String[] REASONS = {
      "Payments made late on earlier statements", "High share of spending on gambling, lottery or crypto",
      "Irregular monthly inflows", "Low average wallet balance", "Credit line mostly used up",
      "Short account history", "Identity not fully verified", "Few regular counterparties",
      "Counterparties with poor repayment records", "Spending exceeds inflows in recent months",
      "Frequent cash withdrawals", "Recent change of device and city"};
  private static final int BATCH = 5_000;

  /** Creates the tables the database lacks (owners' DDL), then inserts the portfolio. */
  public void writeTo(Jdbi jdbi, Path dataDir) {
    createMissingTables(jdbi);
    jdbi.useHandle(h -> {
      Connection c = h.getConnection();
      try {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
          insert(c);
          c.commit();
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(auto);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("cannot write the synthetic portfolio: " + e.getMessage(), e);
      }
    });
    writeScorecard(dataDir.resolve(artifact(2)));
  }

  public static void createMissingTables(Jdbi jdbi) {
    String ddl;
    try (InputStream in = SyntheticPortfolio.class.getResourceAsStream("contract-tables.sql")) {
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    jdbi.useHandle(h -> {
      for (String stmt : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!stmt.isBlank()) {
          h.execute(stmt);
        }
      }
    });
  }

  static String artifact(int version) {
    return "models/" + MODEL + "/v" + version;
  }

  /** Latent risk of customer i (higher = safer), the same in every table. */
  private double latent(Random r) {
    return r.nextGaussian();
  }

  private void insert(Connection c) throws SQLException {
    Random r = new Random(seed);
    try (PreparedStatement cust = c.prepareStatement("insert into customers (customer_id, national_id_hash, phone_hash, "
        + "birth_date, city, city_tier, device_hash, id_verified, phone_verified, account_open_date, consent_scoring, "
        + "consent_sharing, fraud_flag, aml_flag, first_seen_date, updated_date) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
         PreparedStatement score = c.prepareStatement("insert into scores (customer_id, score_date, score, band, "
             + "dim_credit_history, dim_behaviour, dim_ability_to_pay, dim_identity, dim_connections, reason_1, "
             + "reason_2, reason_3, reason_4, status, model_name, model_version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
         PreparedStatement elig = c.prepareStatement("insert into eligibility (snapshot_id, customer_id, product, "
             + "decision, credit_limit, deposit_waived, score, band, score_status, model_name, model_version, "
             + "policy_version, run_date, reasons) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
         PreparedStatement stmt = c.prepareStatement("insert into statements (statement_id, customer_id, product, "
             + "statement_date, due_date, amount_due, credit_limit, ingested_date) values (?,?,?,?,?,?,?,?)");
         PreparedStatement pay = c.prepareStatement("insert into payments (payment_id, statement_id, customer_id, "
             + "payment_date, amount, ingested_date) values (?,?,?,?,?,?)")) {
      long snapshot = snapshot(c);
      String[] cities = {"Shanghai", "Chengdu", "Wuxi", "Yangzhou"};
      int pending = 0;
      for (int i = 1; i <= customers; i++) {
        String id = String.format(Locale.ROOT, "C%08d", i);
        double z = latent(r);
        int age = 18 + r.nextInt(55);
        int tier = 1 + r.nextInt(4);
        boolean consent = r.nextDouble() > 0.03;
        boolean thin = r.nextDouble() < 0.04;
        boolean verified = r.nextDouble() > 0.05;
        cust.setString(1, id);
        cust.setString(2, hex(r));
        cust.setString(3, hex(r));
        cust.setDate(4, Date.valueOf(date.minusYears(age).minusDays(r.nextInt(365))));
        cust.setString(5, cities[tier - 1]);
        cust.setInt(6, tier);
        cust.setString(7, hex(r));
        cust.setBoolean(8, verified);
        cust.setBoolean(9, true);
        cust.setDate(10, Date.valueOf(date.minusDays(30 + r.nextInt(2000))));
        cust.setBoolean(11, consent);
        cust.setBoolean(12, r.nextBoolean());
        cust.setBoolean(13, r.nextDouble() < 0.003);
        cust.setBoolean(14, false);
        cust.setDate(15, Date.valueOf(date.minusDays(400)));
        cust.setDate(16, Date.valueOf(date));
        cust.addBatch();
        String status = !consent ? "NO_CONSENT" : thin ? "INSUFFICIENT_DATA" : "SCORED";
        int latest = 0;
        int previous = 0;
        for (int k = scoreDates - 1; k >= 0; k--) {
          LocalDate d = date.minusMonths(k);
          int s = clamp((int) Math.round(640 + 70 * z + 12 * r.nextGaussian() - 3 * k));
          previous = latest;
          latest = s;
          addScore(score, r, id, d, "SCORED".equals(status) ? s : null, status, z);
        }
        addDecisions(elig, r, snapshot, id, status, latest, previous, verified);
        if (r.nextDouble() < 0.4) {
          double pd = 1 / (1 + Math.exp((latest - 520) / 45.0));
          String sid = "S" + id;
          stmt.setString(1, sid);
          stmt.setString(2, id);
          stmt.setString(3, "CREDIT_LINE");
          stmt.setDate(4, Date.valueOf(date.minusDays(140)));
          stmt.setDate(5, Date.valueOf(date.minusDays(120)));
          stmt.setBigDecimal(6, new BigDecimal("1000.00"));
          stmt.setBigDecimal(7, new BigDecimal("5000.00"));
          stmt.setDate(8, Date.valueOf(date.minusDays(140)));
          stmt.addBatch();
          if (r.nextDouble() >= pd) {
            pay.setString(1, "P" + id);
            pay.setString(2, sid);
            pay.setString(3, id);
            pay.setDate(4, Date.valueOf(date.minusDays(125)));
            pay.setBigDecimal(5, new BigDecimal("1000.00"));
            pay.setDate(6, Date.valueOf(date.minusDays(125)));
            pay.addBatch();
          }
        }
        if (++pending >= BATCH) {
          for (PreparedStatement p : List.of(cust, score, elig, stmt, pay)) {
            p.executeBatch();
          }
          pending = 0;
        }
      }
      for (PreparedStatement p : List.of(cust, score, elig, stmt, pay)) {
        p.executeBatch();
      }
      publish(c, snapshot);
    }
    runRecords(c, r);
    models(c);
  }

  private void addScore(PreparedStatement p, Random r, String id, LocalDate d, Integer s, String status, double z)
      throws SQLException {
    p.setString(1, id);
    p.setDate(2, Date.valueOf(d));
    if (s == null) {
      p.setNull(3, Types.INTEGER);
      p.setNull(4, Types.VARCHAR);
      for (int k = 5; k <= 13; k++) {
        p.setNull(k, k <= 9 ? Types.DOUBLE : Types.VARCHAR);
      }
    } else {
      p.setInt(3, s);
      p.setString(4, ScoreBand.of(s).name());
      double[] dims = new double[5];
      for (int k = 0; k < 5; k++) {
        dims[k] = Math.max(0, Math.min(100, Math.round(55 + 17 * z + 14 * r.nextGaussian())));
        p.setDouble(5 + k, dims[k]);
      }
      int reasons = s >= 760 ? 2 : 4;
      List<String> picked = new ArrayList<>();
      while (picked.size() < reasons) {
        // weakest dimensions first: reasons 0-1 credit history, 2-4 ability, 5-6 identity, 7-8 connections, 9-11 behaviour
        String reason = REASONS[Math.abs((int) (r.nextGaussian() * 4 + (dims[0] < 45 ? 0 : 5))) % REASONS.length];
        if (!picked.contains(reason)) {
          picked.add(reason);
        }
      }
      for (int k = 0; k < 4; k++) {
        p.setString(10 + k, k < picked.size() ? picked.get(k) : null);
      }
    }
    p.setString(14, status);
    p.setString(15, MODEL);
    p.setInt(16, 2);
    p.addBatch();
  }

  private void addDecisions(PreparedStatement p, Random r, long snapshot, String id, String status, int score,
      int previous, boolean verified) throws SQLException {
    String decision;
    BigDecimal limit = null;
    List<String> reasons = new ArrayList<>();
    if ("NO_CONSENT".equals(status)) {
      decision = "NO_CONSENT";
      reasons.add("No consent to credit scoring");
    } else if ("INSUFFICIENT_DATA".equals(status)) {
      decision = "MANUAL_REVIEW";
      reasons.add("Too little history to score");
    } else if (!verified) {
      decision = "DECLINED";
      reasons.addAll(List.of("Identity not verified", "Score " + score + " (" + ScoreBand.of(score).label() + ")",
          "Verify identity in the app to be reconsidered"));
    } else if (score < 560) {
      decision = "DECLINED";
      reasons.addAll(List.of("Score " + score + " below the cut-off 560", REASONS[0], REASONS[3]));
    } else if (previous > 0 && ScoreBand.of(previous).ordinal() > ScoreBand.of(score).ordinal() && r.nextDouble() < 0.3) {
      decision = "REDUCED";
      limit = BigDecimal.valueOf(lineFor(score) / 2).setScale(2);
      reasons.addAll(List.of("Score fell from " + previous + " to " + score, "Band dropped to "
          + ScoreBand.of(score).label(), "Line reduced to half"));
    } else if (r.nextDouble() < 0.01) {
      decision = "FROZEN";
      limit = BigDecimal.ZERO.setScale(2);
      reasons.addAll(List.of("Statement more than 30 days past due", "Line frozen until repaid",
          "Contact the customer about the arrears"));
    } else {
      decision = "APPROVED";
      limit = BigDecimal.valueOf(lineFor(score)).setScale(2);
      reasons.add("Score " + score + " (" + ScoreBand.of(score).label() + ")");
    }
    addDecision(p, snapshot, id, "CREDIT_LINE", decision, limit, null, status, score, reasons);
    if ("SCORED".equals(status)) {
      boolean ok = score >= 650;
      addDecision(p, snapshot, id, "RENTAL_APARTMENT", ok ? "APPROVED" : "DECLINED", null,
          ok ? new BigDecimal("3000.00") : null, status, score, ok ? List.of("Score at or above 650")
              : List.of("Score " + score + " below 650", "Deposit-free rental needs Very good or better",
                  "Pay on time to raise the score"));
    }
  }

  private static long lineFor(int score) {
    return switch (ScoreBand.of(score)) {
      case POOR -> 500;
      case FAIR -> 2000;
      case GOOD -> 5000;
      case VERY_GOOD -> 10000;
      case EXCELLENT -> 20000;
    };
  }

  private void addDecision(PreparedStatement p, long snapshot, String id, String product, String decision,
      BigDecimal limit, BigDecimal deposit, String status, int score, List<String> reasons) throws SQLException {
    boolean scored = "SCORED".equals(status);
    p.setLong(1, snapshot);
    p.setString(2, id);
    p.setString(3, product);
    p.setString(4, decision);
    p.setBigDecimal(5, limit);
    p.setBigDecimal(6, deposit);
    if (scored) {
      p.setInt(7, score);
      p.setString(8, ScoreBand.of(score).name());
    } else {
      p.setNull(7, Types.INTEGER);
      p.setNull(8, Types.VARCHAR);
    }
    p.setString(9, status);
    p.setString(10, MODEL);
    p.setString(11, "2");
    p.setString(12, "policy-2024.1");
    p.setDate(13, Date.valueOf(date));
    p.setString(14, String.join("\n", reasons));
    p.addBatch();
  }

  private long snapshot(Connection c) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("insert into policies (policy_version, sha256, source, content, "
        + "recorded_at) values ('policy-2024.1', ?, 'policies/default.yaml', 'cut_off: 560', ?)")) {
      p.setString(1, "0".repeat(64));
      p.setTimestamp(2, Timestamp.valueOf(date.atStartOfDay()));
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement("insert into eligibility_snapshots (run_date, policy_version, "
        + "status, customers, decisions, created_at) values (?, 'policy-2024.1', 'BUILDING', 0, 0, ?)",
        new String[] {"snapshot_id"})) {
      p.setDate(1, Date.valueOf(date));
      p.setTimestamp(2, Timestamp.valueOf(date.atTime(2, 0)));
      p.executeUpdate();
      try (var keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void publish(Connection c, long snapshot) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("update eligibility_snapshots set status = 'PUBLISHED', "
        + "customers = ?, decisions = (select count(*) from eligibility where snapshot_id = ?), published_at = ? "
        + "where snapshot_id = ?")) {
      p.setInt(1, customers);
      p.setLong(2, snapshot);
      p.setTimestamp(3, Timestamp.valueOf(date.atTime(2, 30)));
      p.setLong(4, snapshot);
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement("delete from eligibility_current")) {
      p.executeUpdate();
    }
    try (PreparedStatement p = c.prepareStatement("insert into eligibility_current (id, snapshot_id, switched_at) "
        + "values (1, ?, ?)")) {
      p.setLong(1, snapshot);
      p.setTimestamp(2, Timestamp.valueOf(date.atTime(2, 30)));
      p.executeUpdate();
    }
  }

  /** Ingestion accounting, a few masked rejects, and the Spring Batch steps of the nightly run. */
  private void runRecords(Connection c, Random r) throws SQLException {
    LocalDateTime t0 = date.atTime(1, 0);
    String[] files = {"customers.csv", "transactions.csv", "statements.csv", "payments.csv"};
    long[] rows = {customers / 50 + 10, customers * 10L, customers / 30 + 5, customers / 40 + 5};
    String[] rules = {"BAD_DATE", "UNKNOWN_CUSTOMER", "BAD_AMOUNT", "DUPLICATE_ID"};
    try (PreparedStatement fs = c.prepareStatement("insert into ingest_file_stats (run_date, file_name, rows_read, "
        + "rows_loaded, rows_rejected, rows_duplicate, status, started_at, finished_at) values (?,?,?,?,?,?,?,?,?)");
         PreparedStatement rj = c.prepareStatement("insert into ingest_rejects (run_date, file_name, line_number, "
             + "rule, message, raw_masked) values (?,?,?,?,?,?)")) {
      for (int f = 0; f < files.length; f++) {
        int rejected = 3 + f * 4;
        fs.setDate(1, Date.valueOf(date));
        fs.setString(2, files[f]);
        fs.setLong(3, rows[f]);
        fs.setLong(4, rows[f] - rejected - f);
        fs.setLong(5, rejected);
        fs.setLong(6, f);
        fs.setString(7, "LOADED");
        fs.setTimestamp(8, Timestamp.valueOf(t0.plusSeconds(f * 40L)));
        fs.setTimestamp(9, Timestamp.valueOf(t0.plusSeconds(f * 40L + 5 + f * 20L)));
        fs.addBatch();
        for (int k = 0; k < rejected; k++) {
          String rule = rules[(f + k) % rules.length];
          rj.setDate(1, Date.valueOf(date));
          rj.setString(2, files[f]);
          rj.setLong(3, 2 + k * 37L + f);
          rj.setString(4, rule);
          rj.setString(5, switch (rule) {
            case "BAD_DATE" -> "txn_time is not the business date " + date;
            case "UNKNOWN_CUSTOMER" -> "customer_id is not a known customer";
            case "BAD_AMOUNT" -> "amount must be > 0 and at most 1,000,000";
            default -> "id already seen in this file";
          });
          rj.setString(6, String.format(Locale.ROOT, "C%08d,***,******************,***********,%s,-12.50",
              1 + r.nextInt(Math.max(1, customers)), date));
          rj.addBatch();
        }
      }
      fs.executeBatch();
      rj.executeBatch();
    }
    String[] steps = {"ingest", "features", "score", "eligibility", "report"};
    int[] seconds = {95, 240, 130, 60, 20};
    // the columns Spring Batch's own schema requires (job_key, version, create_time) are filled too
    exec(c, "insert into batch_job_instance (job_instance_id, version, job_name, job_key) "
        + "values (9001, 0, 'nightly', 'synthetic-" + date + "')");
    exec(c, "insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time, "
        + "end_time, status) values (9001, 1, 9001, '" + Timestamp.valueOf(t0) + "', '" + Timestamp.valueOf(t0) + "', '"
        + Timestamp.valueOf(t0.plusSeconds(545)) + "', 'COMPLETED')");
    exec(c, "insert into batch_job_execution_params (job_execution_id, parameter_name, parameter_type, parameter_value, "
        + "identifying) values (9001, 'run.date', 'java.time.LocalDate', '" + date + "', 'Y')");
    LocalDateTime t = t0;
    for (int s = 0; s < steps.length; s++) {
      exec(c, "insert into batch_step_execution (step_execution_id, version, step_name, job_execution_id, create_time, "
          + "start_time, end_time, status, read_count, write_count) values (" + (9001 + s) + ", 1, '" + steps[s]
          + "', 9001, '" + Timestamp.valueOf(t) + "', '" + Timestamp.valueOf(t) + "', '" + Timestamp.valueOf(t.plusSeconds(seconds[s])) + "', 'COMPLETED', "
          + (s == 0 ? rows[1] : customers) + ", " + (s == 0 ? rows[1] - 10 : customers) + ")");
      t = t.plusSeconds(seconds[s]);
    }
  }

  private void models(Connection c) throws SQLException {
    LocalDate from = date.minusYears(2);
    for (int v = 1; v <= 3; v++) {
      String stage = v == 1 ? "retired" : v == 2 ? "champion" : "challenger";
      String kind = v == 3 ? "gbt" : "scorecard";
      try (PreparedStatement p = c.prepareStatement("insert into models (model_name, version, kind, stage, created_at, "
          + "train_from, train_to, as_of_dates, feature_set_version, hyper_parameters, metrics, provenance, "
          + "training_data_hash, artifact_path, stage_changed_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        p.setString(1, MODEL);
        p.setInt(2, v);
        p.setString(3, kind);
        p.setString(4, stage);
        p.setTimestamp(5, Timestamp.valueOf(date.minusDays(200 - v * 30L).atTime(9, 0)));
        p.setDate(6, Date.valueOf(from));
        p.setDate(7, Date.valueOf(from.plusYears(1)));
        p.setString(8, from.plusMonths(6) + "," + from.plusMonths(9) + "," + from.plusYears(1));
        p.setString(9, "fs-1");
        p.setString(10, v == 3 ? "{\"trees\":100,\"depth\":5}" : "{\"regParam\":0.01,\"minBinShare\":0.05}");
        p.setString(11, String.format(Locale.ROOT, "{\"validation\":{\"auc\":%.4f,\"ks\":%.4f,\"gini\":%.4f}}",
            0.74 + v * 0.01, 0.36 + v * 0.01, 0.48 + v * 0.02));
        p.setString(12, "{\"spark\":\"4.1.0\",\"java\":\"17\",\"git_commit\":\"0123abc\"}");
        p.setString(13, "ab".repeat(32));
        p.setString(14, artifact(v));
        p.setTimestamp(15, Timestamp.valueOf(date.minusDays(100 - v * 10L).atTime(10, 0)));
        p.executeUpdate();
      }
    }
    exec(c, "insert into audit_log (at_time, actor, action, subject, details) values ('"
        + Timestamp.valueOf(date.minusDays(80).atTime(10, 0)) + "', 'risk.officer', 'MODEL_PROMOTED', '" + MODEL
        + ":2', '{\"previous_champion\":\"" + MODEL + ":1\",\"failed_gates\":[]}')");
    LocalDate asOf = date.minusYears(1);
    for (int v = 2; v <= 3; v++) {
      try (PreparedStatement p = c.prepareStatement("insert into backtests (run_at, model_name, model_version, "
          + "as_of_date, rows_evaluated, bads, auc, ks, gini, brier, score_psi, details) values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
        long rows = Math.max(100, customers);
        long bads = rows * 6 / 100;
        p.setTimestamp(1, Timestamp.valueOf(date.minusDays(5).atTime(3, v)));
        p.setString(2, MODEL);
        p.setInt(3, v);
        p.setDate(4, Date.valueOf(asOf));
        p.setLong(5, rows);
        p.setLong(6, bads);
        p.setDouble(7, 0.75 + v * 0.005);
        p.setDouble(8, 0.38 + v * 0.005);
        p.setDouble(9, 0.50 + v * 0.01);
        p.setDouble(10, 0.051);
        p.setDouble(11, 0.03 * v);
        p.setString(12, details(rows, v));
        p.executeUpdate();
      }
    }
  }

  private static String details(long rows, int v) {
    StringBuilder b = new StringBuilder("{\"band_counts\":{");
    double[] share = {0.12, 0.18, 0.25, 0.22, 0.23};
    double[] bad = {0.22, 0.09, 0.05, 0.025, 0.01};
    StringBuilder bands = new StringBuilder();
    for (ScoreBand band : ScoreBand.values()) {
      long n = Math.round(rows * share[band.ordinal()]);
      long bads = Math.round(n * bad[band.ordinal()]);
      String sep = band.ordinal() == 0 ? "" : ",";
      b.append(sep).append('"').append(band.name()).append("\":").append(n);
      bands.append(sep).append(String.format(Locale.ROOT, "\"%s\":{\"rows\":%d,\"bads\":%d,\"badRate\":%.5f}",
          band.name(), n, bads, n == 0 ? 0 : (double) bads / n));
    }
    b.append("},\"bands\":{").append(bands).append("},\"calibration\":[");
    for (int d = 1; d <= 10; d++) {
      double pred = 0.006 * Math.pow(1.45, d - 1);
      double obs = pred * (1 + 0.08 * Math.sin(d + v));
      b.append(d == 1 ? "" : ",").append(String.format(Locale.ROOT,
          "{\"decile\":%d,\"rows\":%d,\"predicted\":%.5f,\"observed\":%.5f}", d, rows / 10, pred, obs));
    }
    b.append("],\"auc_ci95\":[0.74,0.78],\"csi\":{\"dpd_max_12m\":0.02,\"inflow_regularity\":0.06,"
        + "\"gambling_share\":").append(v == 3 ? "0.14" : "0.04").append(",\"tenure_months\":0.01}}");
    return b.toString();
  }

  private static void writeScorecard(Path dir) {
    try {
      Files.createDirectories(dir);
      StringBuilder csv = new StringBuilder("feature,dimension,iv,coefficient,bin,bin_kind,count,bads,bad_rate,woe,points\n");
      String[][] features = {
          {"dpd_max_12m", "CREDIT_HISTORY", "0.4120"}, {"inflow_regularity", "ABILITY_TO_PAY", "0.2210"},
          {"gambling_share", "BEHAVIOUR", "0.1530"}, {"tenure_months", "IDENTITY", "0.0910"},
          {"counterparty_bad_share", "CONNECTIONS", "0.0640"}};
      String[] bins = {"[-inf, 0.1)", "[0.1, 0.4)", "[0.4, +inf)", "missing"};
      for (String[] f : features) {
        for (int i = 0; i < bins.length; i++) {
          long count = 4000 - i * 900L;
          long bads = 80 + i * 90L;
          double woe = 0.6 - i * 0.4;
          csv.append(String.format(Locale.ROOT, "%s,%s,%s,-0.8,\"%s\",%s,%d,%d,%.4f,%.4f,%.1f%n", f[0], f[1], f[2],
              bins[i], i == 3 ? "missing" : "range", count, bads, (double) bads / count, woe, 40 + woe * 28));
        }
      }
      Files.writeString(dir.resolve("scorecard.csv"), csv.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthetic scorecard into " + dir, e);
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (var s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static String hex(Random r) {
    return Long.toHexString(r.nextLong()) + Long.toHexString(r.nextLong());
  }

  private static int clamp(int s) {
    return Math.max(ScoreBand.MIN_SCORE, Math.min(ScoreBand.MAX_SCORE, s));
  }
}
