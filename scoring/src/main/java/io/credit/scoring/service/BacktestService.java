package io.credit.scoring.service;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.ntile;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.cli.BadInputException;
import io.credit.core.model.ScoreBand;
import io.credit.scoring.binning.FeatureBinning;
import io.credit.scoring.binning.internal.BinExpressions;
import io.credit.scoring.evaluation.BinaryMetrics;
import io.credit.scoring.evaluation.GroundTruth;
import io.credit.scoring.evaluation.OracleComparison;
import io.credit.scoring.evaluation.Psi;
import io.credit.scoring.registry.BacktestRecord;
import io.credit.scoring.registry.ModelRecord;
import io.credit.scoring.registry.ModelRegistry;
import io.credit.scoring.scorecard.ScoreColumns;
import io.credit.scoring.scorecard.ScorecardFeature;
import io.credit.scoring.scorecard.ScorecardModel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * Backtests a scorecard or GBT version on a labelled snapshot ({@code <features>, label} with 1 = bad):
 * AUC (with a bootstrap 95% interval, commons-math3), KS (commons-math3), Gini, Brier, rows / bads /
 * bad rate per band, calibration by decile, score PSI against the training population (the model's
 * {@code band_counts} metric) and CSI per feature (bins of the backtest vs the training bins), and
 * stores the result in {@code backtests}. A GBT's probability is put on the same 350–950 scale for its bands
 * and PSI ({@link io.credit.scoring.challenger.ProbabilityScale}); it has no bins, so no CSI.
 */
public final class BacktestService {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int BOOTSTRAP = 200;

  private final ModelRegistry registry;

  public BacktestService(ModelRegistry registry) {
    this.registry = registry;
  }

  public BacktestResult run(ModelRecord record, Dataset<Row> labelled, String labelCol, LocalDate asOf) {
    return run(record, labelled, labelCol, asOf, null);
  }

  /**
   * Backtests a scorecard or a GBT challenger. With a ground truth ({@code customer_id, oracle_pd}, see
   * {@link GroundTruth}), also the oracle AUC on the same customers and labels and the model's AUC / oracle
   * AUC; every backtested customer must then have a true probability.
   */
  public BacktestResult run(ModelRecord record, Dataset<Row> labelled, String labelCol, LocalDate asOf,
      Dataset<Row> groundTruth) {
    boolean card = !GbtTrainingService.KIND.equals(record.kind());
    ScorecardModel model = card ? ScoringService.load(record) : null;
    Dataset<Row> predicted = card ? model.transform(labelled) : GbtScoring.apply(record, labelled);
    Dataset<Row> scored = predicted.where(col(ScoreColumns.STATUS).equalTo(ScoreColumns.SCORED))
        .withColumn("__label", col(labelCol).cast("double"));
    if (groundTruth != null) {
      scored = scored.join(groundTruth.select(col("customer_id"), col(GroundTruth.ORACLE_PD).as("__oracle")),
          "customer_id", "left");
    }
    scored = scored.cache();
    try {
      // in customer order, so that the seeded bootstrap draws the same rows whatever the partitioning
      Dataset<Row> ordered = scored.orderBy(col("customer_id"));
      List<Row> rows = groundTruth == null ? ordered.select(ScoreColumns.PD, "__label").collectAsList()
          : ordered.select(col(ScoreColumns.PD), col("__label"), col("__oracle")).collectAsList();
      if (rows.isEmpty()) {
        throw new BadInputException("nothing to backtest on " + asOf + ": no scored rows");
      }
      double[] pd = new double[rows.size()];
      double[] y = new double[rows.size()];
      for (int i = 0; i < pd.length; i++) {
        pd[i] = rows.get(i).getDouble(0);
        y[i] = rows.get(i).getDouble(1);
      }
      long bads = 0;
      for (double v : y) {
        bads += v == 1 ? 1 : 0;
      }
      if (bads < 2 || pd.length - bads < 2) {
        throw new BadInputException("cannot backtest " + record.id() + " on " + asOf + ": " + bads + " bad and "
            + (pd.length - bads) + " good customers among " + pd.length + " scored; at least 2 of each are needed "
            + "(choose an earlier as-of date, a longer label horizon or a larger population)");
      }
      BinaryMetrics metrics = BinaryMetrics.of(pd, y);
      OracleComparison oracle = groundTruth == null ? null : oracle(rows, pd, y, asOf);
      Map<String, BacktestResult.BandStats> bands = bands(scored);
      double[] training = trainingBandCounts(record);
      double[] now = ScoreBandCounts.of(bands);
      Double psi = training == null ? null : Psi.of(training, now);
      BacktestResult result = new BacktestResult(record.id(), asOf, metrics, bootstrapAuc(pd, y), bands,
          calibration(scored), psi, card ? csi(model, labelled) : Map.of(), record.kind(), oracle);
      registry.saveBacktest(new BacktestRecord(0, LocalDateTime.now(), record.name(), record.version(), asOf,
          metrics.rows(), metrics.bads(), metrics.auc(), metrics.ks(), metrics.gini(), metrics.brier(), psi,
          details(result)));
      return result;
    } finally {
      scored.unpersist();
    }
  }

  /** The oracle's AUC on exactly the backtested rows (third column: the true pd). */
  private static OracleComparison oracle(List<Row> rows, double[] pd, double[] y, LocalDate asOf) {
    double[] truth = new double[rows.size()];
    long missing = 0;
    for (int i = 0; i < truth.length; i++) {
      if (rows.get(i).isNullAt(2)) {
        missing++;
      } else {
        truth[i] = rows.get(i).getDouble(2);
      }
    }
    if (missing > 0) {
      throw new BadInputException(missing + " of the " + rows.size() + " customers backtested on " + asOf
          + " are missing from the ground truth: the oracle AUC needs the same population");
    }
    return OracleComparison.of(pd, truth, y);
  }

  private static Map<String, BacktestResult.BandStats> bands(Dataset<Row> scored) {
    Map<String, BacktestResult.BandStats> out = new LinkedHashMap<>();
    for (ScoreBand b : ScoreBand.values()) {
      out.put(b.name(), new BacktestResult.BandStats(0, 0, 0));
    }
    for (Row r : scored.groupBy(ScoreColumns.BAND).agg(count(lit(1)), sum("__label")).collectAsList()) {
      long n = r.getLong(1);
      long bads = Math.round(r.getDouble(2));
      out.put(r.getString(0), new BacktestResult.BandStats(n, bads, n == 0 ? 0 : (double) bads / n));
    }
    return out;
  }

  private static List<BacktestResult.Decile> calibration(Dataset<Row> scored) {
    List<BacktestResult.Decile> out = new ArrayList<>();
    Dataset<Row> d = scored.withColumn("__decile", ntile(10).over(Window.orderBy(col(ScoreColumns.PD))));
    for (Row r : d.groupBy("__decile").agg(count(lit(1)), avg(ScoreColumns.PD), avg("__label")).orderBy("__decile")
        .collectAsList()) {
      out.add(new BacktestResult.Decile(r.getInt(0), r.getLong(1), r.getDouble(2), r.getDouble(3)));
    }
    return out;
  }

  /** CSI of every card feature: distribution over its bins now vs in training. */
  private static Map<String, Double> csi(ScorecardModel model, Dataset<Row> labelled) {
    Map<String, Double> out = new LinkedHashMap<>();
    List<ScorecardFeature> fs = model.table().features();
    if (fs.isEmpty()) {
      return out;
    }
    org.apache.spark.sql.Column[] idx = new org.apache.spark.sql.Column[fs.size()];
    for (int j = 0; j < fs.size(); j++) {
      idx[j] = BinExpressions.binIndex(fs.get(j).binning(), col(fs.get(j).feature())).as("b" + j);
    }
    // One pass over the bin indices, counted on the driver: a groupBy per feature was one shuffle job
    // per card feature (minutes for a demo-sized backtest).
    long[][] now = new long[fs.size()][];
    for (int j = 0; j < fs.size(); j++) {
      now[j] = new long[fs.get(j).binning().bins().size()];
    }
    java.util.Iterator<Row> rows = labelled.select(idx).toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      for (int j = 0; j < now.length; j++) {
        now[j][r.getInt(j)]++;
      }
    }
    for (int j = 0; j < fs.size(); j++) {
      FeatureBinning b = fs.get(j).binning();
      double[] training = b.bins().stream().mapToDouble(x -> x.count()).toArray();
      out.put(b.feature(), Psi.of(training, java.util.Arrays.stream(now[j]).asDoubleStream().toArray()));
    }
    return out;
  }

  /** Percentile bootstrap (seeded, commons-math3 generator) of the AUC. */
  static double[] bootstrapAuc(double[] pd, double[] y) {
    RandomGenerator rnd = new Well19937c(20260630L);
    int n = pd.length;
    double[] aucs = new double[BOOTSTRAP];
    int kept = 0;
    double[] p = new double[n];
    double[] l = new double[n];
    for (int b = 0; b < BOOTSTRAP; b++) {
      double bads = 0;
      for (int i = 0; i < n; i++) {
        int k = rnd.nextInt(n);
        p[i] = pd[k];
        l[i] = y[k];
        bads += y[k];
      }
      if (bads >= 2 && bads <= n - 2) { // KS needs two of each
        aucs[kept++] = BinaryMetrics.of(p, l).auc();
      }
    }
    Percentile q = new Percentile();
    double[] sample = java.util.Arrays.copyOf(aucs, kept);
    return new double[] {q.evaluate(sample, 2.5), q.evaluate(sample, 97.5)};
  }

  private static double[] trainingBandCounts(ModelRecord record) {
    try {
      var node = MAPPER.readTree(record.metrics() == null ? "{}" : record.metrics()).path("band_counts");
      if (node.isMissingNode()) {
        return null;
      }
      double[] out = new double[ScoreBand.values().length];
      for (ScoreBand b : ScoreBand.values()) {
        out[b.ordinal()] = node.path(b.name()).asDouble(0);
      }
      return out;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String details(BacktestResult r) {
    Map<String, Object> d = new LinkedHashMap<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    r.bands().forEach((k, v) -> counts.put(k, v.rows()));
    d.put("band_counts", counts);
    d.put("bands", r.bands());
    d.put("calibration", r.calibration());
    d.put("auc_ci95", r.aucCi95());
    d.put("csi", r.csi());
    d.put("model_kind", r.kind());
    if (GbtTrainingService.KIND.equals(r.kind())) {
      d.put("score_scale", "pd mapped by PDO: 600 points at 50:1, 50 points to double the odds, 350-950");
    }
    if (r.oracle() != null) {
      d.put("oracle", r.oracle());
    }
    try {
      return MAPPER.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
