package io.credit.features.internal;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The transaction side of the features as of D: per-customer window sums (the rolling state) and
 * last-seen dates per counterparty, built either from the whole lake (full rebuild) or from the
 * previous state P plus the daily metrics of the days entering and leaving each window:
 * {@code S_w(D) = S_w(P) + Σ daily[P, D-1] − Σ daily[P-w, D-1-w]}. All sums are exact (bigint,
 * decimal), so both paths give identical state.
 */
public final class TransactionState {
  /** How the state was built. */
  public enum Mode { FULL, INCREMENTAL }

  /** The state as of D, read back from the store. */
  public record Built(Dataset<Row> rolling, Dataset<Row> counterparties, Mode mode,
      LocalDate previous, int lakeDaysRead) {}

  /** Window value of the rows that hold the latest facts rather than window sums. */
  public static final int LATEST = 0;
  private static final String WINDOW = "window";
  private static final StructType COEFFICIENTS = new StructType()
      .add("date", DataTypes.DateType, false).add(WINDOW, DataTypes.IntegerType, false)
      .add("coef", DataTypes.IntegerType, false);
  private static final String BAND = "band";
  private static final StructType BAND_WINDOWS = new StructType()
      .add(BAND, DataTypes.IntegerType, false).add(WINDOW, DataTypes.IntegerType, false)
      .add("coef", DataTypes.IntegerType, false);

  private final SparkSession spark;
  private final StoreFiles files;
  private final StorePaths paths;
  private final LakeReader lake;

  public TransactionState(SparkSession spark, StorePaths paths) {
    this.spark = spark;
    this.files = new StoreFiles(spark);
    this.paths = paths;
    this.lake = new LakeReader(spark, files, paths);
  }

  public Built build(LocalDate asOf, boolean fullRebuild) {
    Optional<LocalDate> previous = fullRebuild ? Optional.empty()
        : files.latestCompleteBefore(paths.rollingRoot(), "as_of=", asOf)
            .filter(p -> files.isComplete(paths.counterparties(p)));
    return previous.map(p -> incremental(p, asOf)).orElseGet(() -> full(asOf));
  }

  /**
   * The state from the whole lake: the daily metrics of every day before D summed per customer and
   * band of days (the last 30 days, 31–90, 91–180, 181–365, older), then each band added to the
   * windows that hold it, the same fold as the incremental path's. The daily metrics are not stored:
   * the incremental runs compute the few days they need (the new day, the days leaving each window)
   * from the lake. (Joining every day to each window that holds it, then folding, multiplied the rows
   * by up to five; one conditional sum per metric and window did five times the work per row.)
   */
  private Built full(LocalDate asOf) {
    List<LocalDate> days = lake.dates().stream().filter(d -> d.isBefore(asOf)).toList();
    Dataset<Row> rows = lake.read(days);
    Dataset<Row> rolling = fold(contributions(bands(TxnMetrics.daily(rows), asOf), bandWindows(), BAND,
        "first_txn_date", "last_txn_date"));
    Dataset<Row> pairs = lastSeen(pairsOf(rows), asOf);
    return publish(asOf, rolling, pairs, Mode.FULL, null, days.size());
  }

  private Built incremental(LocalDate previous, LocalDate asOf) {
    List<LocalDate> added = range(previous, asOf);
    Map<LocalDate, Map<Integer, Integer>> coef = new TreeMap<>();
    for (LocalDate d : added) {
      add(coef, d, LATEST, 1);
    }
    for (int w : Windows.DAYS) {
      for (LocalDate d : added) {
        add(coef, d, w, 1);
      }
      for (LocalDate d : range(previous.minusDays(w), asOf.minusDays(w))) {
        add(coef, d, w, -1);
      }
    }
    List<LocalDate> lakeDates = lake.dates();
    List<LocalDate> missing = coef.keySet().stream()
        .filter(d -> lakeDates.contains(d) && (added.contains(d) || !files.exists(paths.daily(d))))
        .toList();
    if (!missing.isEmpty()) {
      writeDaily(TxnMetrics.daily(lake.read(missing)));
    }
    Dataset<Row> old = spark.read().parquet(paths.rolling(previous));
    Dataset<Row> rolling = fold(old.unionByName(
        contributions(readDaily(List.copyOf(coef.keySet())), coefficients(coef), "date", "date", "date")));
    Dataset<Row> addedPairs = pairsOf(lake.read(added));
    Dataset<Row> oldPairs = spark.read().parquet(paths.counterparties(previous));
    Dataset<Row> pairs = lastSeen(oldPairs.unionByName(addedPairs), asOf);
    return publish(asOf, rolling, pairs, Mode.INCREMENTAL, previous, missing.size());
  }

  private Built publish(LocalDate asOf, Dataset<Row> rolling, Dataset<Row> pairs, Mode mode,
      LocalDate previous, int lakeDays) {
    files.writeReplacing(rolling, paths.rolling(asOf));
    files.writeReplacing(pairs, paths.counterparties(asOf));
    return new Built(spark.read().parquet(paths.rolling(asOf)), spark.read().parquet(paths.counterparties(asOf)),
        mode, previous, lakeDays);
  }

  /** Writes daily metrics into their date partitions, one file per date (replacing those dates only). */
  private void writeDaily(Dataset<Row> daily) {
    daily.repartition(col("date")).write().mode(SaveMode.Overwrite).option("partitionOverwriteMode", "dynamic")
        .partitionBy("date").parquet(paths.dailyRoot());
  }

  private Dataset<Row> readDaily(List<LocalDate> days) {
    List<String> present = days.stream().map(paths::daily).filter(files::exists).toList();
    if (present.isEmpty()) {
      return TxnMetrics.daily(lake.read(List.of()));
    }
    return spark.read().option("basePath", paths.dailyRoot()).parquet(present.toArray(new String[0]))
        .withColumn("date", col("date").cast("date"));
  }

  private static void add(Map<LocalDate, Map<Integer, Integer>> coef, LocalDate day, int window, int c) {
    coef.computeIfAbsent(day, k -> new TreeMap<>()).merge(window, c, Integer::sum);
  }

  /** The (date, window, coefficient) table, without zero coefficients. */
  private Dataset<Row> coefficients(Map<LocalDate, Map<Integer, Integer>> coef) {
    List<Row> rows = new ArrayList<>();
    coef.forEach((day, byWindow) -> byWindow.forEach((w, c) -> {
      if (c != 0) {
        rows.add(RowFactory.create(java.sql.Date.valueOf(day), w, c));
      }
    }));
    return spark.createDataFrame(rows, COEFFICIENTS);
  }

  /**
   * Daily (or band) metrics times their coefficient per window, joined on {@code key} (rows of window
   * 0 carry the latest facts: first and last transaction date, last balance).
   */
  private static Dataset<Row> contributions(Dataset<Row> daily, Dataset<Row> coefficients, String key,
      String firstDate, String lastDate) {
    Dataset<Row> joined = daily.join(broadcast(coefficients), key);
    Column latest = col(WINDOW).equalTo(LATEST);
    List<Column> out = new ArrayList<>();
    out.add(col("customer_id"));
    out.add(col(WINDOW));
    for (TxnMetrics.Metric m : TxnMetrics.ALL) {
      Column v = col(m.name());
      out.add(when(latest, lit(0)).when(col("coef").equalTo(1), v).otherwise(v.unary_$minus())
          .cast(m.type()).as(m.name()));
    }
    out.add(when(latest, col(firstDate)).as("first_txn_date"));
    out.add(when(latest, col(lastDate)).as("last_txn_date"));
    out.add(when(latest, col(TxnMetrics.LAST_BALANCE)).as(TxnMetrics.LAST_BALANCE));
    return joined.select(out.toArray(new Column[0]));
  }

  /**
   * Daily metrics summed per customer and band: the band of a day is the shortest window that holds
   * it (30, 90, 180, 365), or 0 for older days, which count only for the latest facts.
   */
  private static Dataset<Row> bands(Dataset<Row> daily, LocalDate asOf) {
    Column age = functions.datediff(lit(asOf), col("date"));
    Column band = lit(LATEST);
    for (int i = Windows.DAYS.size() - 1; i >= 0; i--) {
      band = when(age.leq(Windows.DAYS.get(i)), Windows.DAYS.get(i)).otherwise(band);
    }
    return sumPer(daily.withColumn(BAND, band), BAND, "date", "date");
  }

  /** (band, window, +1) for every window that holds a band, and the latest-facts row of every band. */
  private Dataset<Row> bandWindows() {
    List<Row> rows = new ArrayList<>();
    List<Integer> bands = new ArrayList<>(Windows.DAYS);
    bands.add(LATEST);
    for (int band : bands) {
      rows.add(RowFactory.create(band, LATEST, 1));
      for (int w : Windows.DAYS) {
        if (band != LATEST && w >= band) {
          rows.add(RowFactory.create(band, w, 1));
        }
      }
    }
    return spark.createDataFrame(rows, BAND_WINDOWS);
  }

  /** Sums the contributions (and a previous state, if unioned in) per customer and window. */
  private static Dataset<Row> fold(Dataset<Row> rows) {
    return sumPer(rows, WINDOW, "first_txn_date", "last_txn_date");
  }

  /**
   * Every metric summed per customer and {@code key}, with the earliest {@code firstDate} and latest
   * {@code lastDate} as {@code first_txn_date} and {@code last_txn_date}, and the last balance.
   */
  private static Dataset<Row> sumPer(Dataset<Row> rows, String key, String firstDate, String lastDate) {
    List<Column> aggs = new ArrayList<>();
    for (TxnMetrics.Metric m : TxnMetrics.ALL) {
      aggs.add(sum(col(m.name())).cast(m.type()).as(m.name()));
    }
    aggs.add(min(col(firstDate)).as("first_txn_date"));
    aggs.add(max(col(lastDate)).as("last_txn_date"));
    aggs.add(max(col(TxnMetrics.LAST_BALANCE)).as(TxnMetrics.LAST_BALANCE));
    return rows.groupBy(col("customer_id"), col(key))
        .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
  }

  /**
   * The state as one row per customer: {@code first_txn_date, last_txn_date, last_balance} and every
   * metric per window ({@code <metric>_<w>d}).
   */
  public static Dataset<Row> wide(Dataset<Row> state) {
    Dataset<Row> result = state.filter(col(WINDOW).equalTo(LATEST)).select(col("customer_id"),
        col("first_txn_date"), col("last_txn_date"), col(TxnMetrics.LAST_BALANCE + ".balance_after").as("last_balance"));
    for (int w : Windows.DAYS) {
      List<Column> cols = new ArrayList<>();
      cols.add(col("customer_id"));
      for (TxnMetrics.Metric m : TxnMetrics.ALL) {
        cols.add(m.currency(col(m.name())).as(TxnMetrics.windowColumn(m.name(), w)));
      }
      result = result.join(state.filter(col(WINDOW).equalTo(w)).select(cols.toArray(new Column[0])),
          "customer_id", "left");
    }
    return result;
  }

  private static Dataset<Row> pairsOf(Dataset<Row> lakeRows) {
    return lakeRows.filter(col("counterparty_id").isNotNull().and(col("txn_type").isin("TRANSFER_IN", "TRANSFER_OUT")))
        .select(col("customer_id"), col("counterparty_id"), col("date").as("last_seen"));
  }

  /** Latest date per (customer, counterparty), kept only within the longest window. */
  private static Dataset<Row> lastSeen(Dataset<Row> pairs, LocalDate asOf) {
    return pairs.groupBy(col("customer_id"), col("counterparty_id")).agg(max(col("last_seen")).as("last_seen"))
        .filter(col("last_seen").geq(lit(asOf.minusDays(Windows.LONGEST))).and(col("last_seen").lt(lit(asOf))));
  }

  /** Per-customer distinct counterparties per window. */
  public static Dataset<Row> counterpartyCounts(Dataset<Row> pairs, LocalDate asOf) {
    List<Column> aggs = new ArrayList<>();
    for (int w : Windows.DAYS) {
      aggs.add(count(when(col("last_seen").geq(lit(asOf.minusDays(w))), 1)).as("counterparties" + Windows.suffix(w)));
    }
    return pairs.groupBy(col("customer_id")).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]));
  }

  private static List<LocalDate> range(LocalDate fromInclusive, LocalDate toExclusive) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = fromInclusive; d.isBefore(toExclusive); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }
}
