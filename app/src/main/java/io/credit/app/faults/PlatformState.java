package io.credit.app.faults;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.features.FeatureStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Everything the invariants compare, read from one data directory after its process has exited:
 * every platform table in canonical form, the job repository's verdict for the date, the current
 * eligibility snapshot and its audit, the transaction lake, the feature partition and the report.
 *
 * <p>Canonical form: every row of a table as text, sorted, with the columns below left out because
 * they legitimately differ between two correct runs, and the data directory's path replaced by
 * {@code $DATA} (feature snapshots record where they were written).
 */
record PlatformState(
    Map<String, List<String>> tables,
    Map<String, Integer> abandonedRows,
    String nightlyStatus,
    List<String> nightlyHistory,
    Snapshot current,
    List<String> currentAudit,
    long lakeRows,
    long lakeDistinctTxnIds,
    List<String> lakeDay,
    List<String> features,
    List<String> reportFiles,
    List<String> folders) {

  /**
   * Columns left out of the comparison, per table, and why: each is written by the run itself from
   * the wall clock or from a generated key, so a correct restarted run cannot reproduce it.
   */
  static final Map<String, Set<String>> VOLATILE = Map.of(
      "audit_log", Set.of("id", "at_time"),                              // identity key; wall-clock time of the action
      "ingest_file_stats", Set.of("started_at", "finished_at"),          // wall-clock times of the file's load
      "feature_snapshots", Set.of("created_at"),                         // wall-clock time of the build
      "policies", Set.of("recorded_at"),                                 // wall-clock time the policy was first seen
      "eligibility_snapshots", Set.of("created_at", "published_at"),     // wall-clock times
      "eligibility_current", Set.of("switched_at"),                      // wall-clock time of the switch
      "decision_audit", Set.of("audit_id", "decided_at"),                // identity key; wall-clock time
      "run_lock", Set.of("owner", "acquired_at", "lease_until"));        // host:pid of the holder; lease times

  /**
   * Tables whose {@code snapshot_id} (an identity key: a restarted eligibility step takes a new one) is
   * replaced by the snapshot's run date and its rank among that date's published snapshots. Rows of a
   * snapshot that was never published (its run was killed or failed) are counted apart, not compared:
   * no reader ever sees them, and the decision audit, being append-only, keeps the record of the attempt.
   */
  static final Set<String> SNAPSHOT_TABLES = Set.of("eligibility_snapshots", "eligibility", "eligibility_current",
      "decision_audit");

  /** The current eligibility snapshot: its label, status, run date, rows, recorded decisions, gaps. */
  record Snapshot(String label, String status, String runDate, long rows, long recordedDecisions,
      long missingCustomerProducts, long publishedForDate, long scoredCustomers, long products) {}

  static PlatformState capture(Path dataDir, Path inbox, LocalDate date, SparkSession spark)
      throws IOException, SQLException {
    PlatformState db = captureDatabase(dataDir, inbox, date);
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dataDir).withInboxDir(inbox);
    String lake = config.lakeDir().resolve("transactions").toString();
    Dataset<Row> all = spark.read().parquet(lake);
    long lakeRows = all.count();
    long distinct = all.select("txn_id").distinct().count();
    List<String> day = sortedRows(spark.read().parquet(lake + "/date=" + date));
    List<String> features = sortedRows(FeatureStore.read(spark, config, date));
    return new PlatformState(db.tables(), db.abandonedRows(), db.nightlyStatus(), db.nightlyHistory(), db.current(),
        db.currentAudit(), lakeRows, distinct, day, features, reportFiles(config.reportsDir().resolve(date.toString())),
        folders(dataDir));
  }

  /** The database part only (tables, job repository, snapshot, audit); the lake and files are left empty. */
  static PlatformState captureDatabase(Path dataDir, Path inbox, LocalDate date) throws SQLException {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(dataDir).withInboxDir(inbox);
    Map<String, List<String>> tables = new TreeMap<>();
    Map<String, Integer> abandoned = new TreeMap<>();
    try (Database db = Database.open(config); Connection c = db.connection()) {
      Map<Long, String> labels = snapshotLabels(c);
      for (String table : platformTables(c)) {
        tables.put(table, canonicalRows(c, table, labels, dataDir, abandoned));
      }
      List<String> history = nightlyHistory(c, date);
      String status = history.isEmpty() ? "NONE" : history.get(history.size() - 1);
      return new PlatformState(tables, abandoned, status, history, currentSnapshot(c, date, labels), currentAudit(c),
          0, 0, List.of(), List.of(), List.of(), List.of());
    }
  }

  private static List<String> platformTables(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE", "BASE TABLE"})) {
      while (rs.next()) {
        String t = rs.getString("TABLE_NAME").toLowerCase();
        if (!t.startsWith("batch_") && !t.equals("flyway_schema_history")) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** Snapshot id → "run date #rank" for published snapshots; unpublished ones are absent. */
  private static Map<Long, String> snapshotLabels(Connection c) throws SQLException {
    Map<Long, String> labels = new HashMap<>();
    Map<String, Integer> rank = new HashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "select snapshot_id, run_date from eligibility_snapshots where status = 'PUBLISHED' order by snapshot_id")) {
      while (rs.next()) {
        String d = rs.getString(2);
        labels.put(rs.getLong(1), d + "#" + rank.merge(d, 1, Integer::sum));
      }
    }
    return labels;
  }

  private static List<String> canonicalRows(Connection c, String table, Map<Long, String> labels, Path dataDir,
      Map<String, Integer> abandoned) throws SQLException {
    Set<String> skip = VOLATILE.getOrDefault(table, Set.of());
    String data = dataDir.toAbsolutePath().normalize().toString();
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from " + table)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        boolean keep = true;
        for (int i = 1; i <= md.getColumnCount(); i++) {
          String col = md.getColumnLabel(i).toLowerCase();
          if (skip.contains(col)) {
            continue;
          }
          Object v = rs.getObject(i);
          String text = v == null ? "∅" : v.toString().replace(data, "$DATA");
          if (col.equals("snapshot_id") && SNAPSHOT_TABLES.contains(table)) {
            text = labels.get(rs.getLong(i));
            keep = text != null;
          } else if (table.equals("audit_log") && col.equals("subject") && text.startsWith("snapshot:")) {
            text = "snapshot:" + labels.getOrDefault(Long.parseLong(text.substring(9)), "unpublished");
          }
          row.append(col).append('=').append(text).append('|');
        }
        if (keep) {
          rows.add(row.toString());
        } else {
          abandoned.merge(table, 1, Integer::sum);
        }
      }
    }
    rows.sort(null);
    return rows;
  }

  /** Statuses of the nightly job's executions for the date, oldest first. */
  private static List<String> nightlyHistory(Connection c, LocalDate date) throws SQLException {
    List<String> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select e.status from batch_job_execution e "
        + "join batch_job_instance i on i.job_instance_id = e.job_instance_id "
        + "join batch_job_execution_params p on p.job_execution_id = e.job_execution_id "
        + "where i.job_name = 'nightly' and p.parameter_name = 'run.date' and p.parameter_value = ? "
        + "order by e.job_execution_id")) {
      ps.setString(1, date.toString());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static Snapshot currentSnapshot(Connection c, LocalDate date, Map<Long, String> labels) throws SQLException {
    long id;
    String status;
    String runDate;
    long recorded;
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select s.snapshot_id, s.status, "
        + "s.run_date, s.decisions from eligibility_current cur join eligibility_snapshots s on s.snapshot_id = "
        + "cur.snapshot_id")) {
      if (!rs.next()) {
        return new Snapshot(null, "NONE", null, 0, 0, 0, count(c, PUBLISHED_FOR_DATE, date), 0, 0);
      }
      id = rs.getLong(1);
      status = rs.getString(2);
      runDate = rs.getString(3);
      recorded = rs.getLong(4);
    }
    LocalDate of = LocalDate.parse(runDate);
    return new Snapshot(labels.get(id), status, runDate, count(c, "select count(*) from eligibility where snapshot_id = ?", id),
        recorded, count(c, "select count(*) from scores sc join (select distinct product from eligibility where "
            + "snapshot_id = ?) p on 1 = 1 where sc.score_date = ? and not exists (select 1 from eligibility e where "
            + "e.snapshot_id = ? and e.customer_id = sc.customer_id and e.product = p.product)", id, of, id),
        count(c, PUBLISHED_FOR_DATE, date), count(c, "select count(*) from scores where score_date = ?", of),
        count(c, "select count(distinct product) from eligibility where snapshot_id = ?", id));
  }

  private static final String PUBLISHED_FOR_DATE =
      "select count(*) from eligibility_snapshots where run_date = ? and status = 'PUBLISHED'";

  private static long count(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The decision audit of the current snapshot: what was decided for whom, canonical and sorted. */
  private static List<String> currentAudit(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select a.customer_id, a.product, "
        + "a.decision, a.credit_limit, a.deposit_waived, a.model_name, a.model_version, a.policy_version, a.run_date, "
        + "a.actor, a.inputs, a.reasons from decision_audit a join eligibility_current cur on cur.snapshot_id = "
        + "a.snapshot_id")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(rs.getString(i)).append('|');
        }
        out.add(row.toString());
      }
    }
    out.sort(null);
    return out;
  }

  private static List<String> sortedRows(Dataset<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      out.add(r.toString());
    }
    out.sort(null);
    return out;
  }

  private static List<String> reportFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  /** Every folder under the data directory (Parquet part-file names are random, folder names are not). */
  private static List<String> folders(Path dataDir) throws IOException {
    try (Stream<Path> dirs = Files.walk(dataDir)) {
      return dirs.filter(Files::isDirectory).map(p -> dataDir.relativize(p).toString()).sorted().toList();
    }
  }
}
