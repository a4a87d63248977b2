package io.credit.scoring.lifecycle;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.credit.core.cli.BadInputException;
import io.credit.core.config.PlatformConfig;
import io.credit.core.model.Dimension;
import io.credit.features.FeatureJob;
import io.credit.features.FeatureStore;
import io.credit.features.catalog.FeatureCatalog;
import io.credit.features.catalog.FeatureDefinition;
import io.credit.features.labels.LabelBuilder;
import io.credit.features.labels.LabelSpec;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bridge from the feature store to the models: feature snapshots (computed when missing),
 * labelled snapshots for training and backtests, and what the catalogue says of each feature.
 */
public final class FeatureSnapshots {
  /** The label column of labelled snapshots: 1 = bad. */
  public static final String LABEL = "label";
  private static final Logger LOG = LoggerFactory.getLogger(FeatureSnapshots.class);

  private final SparkSession spark;
  private final PlatformConfig config;

  public FeatureSnapshots(SparkSession spark, PlatformConfig config) {
    this.spark = spark;
    this.config = config;
  }

  /** Features as of D: the published snapshot, or computed now when there is none. */
  public Dataset<Row> features(LocalDate asOf) {
    try {
      return FeatureStore.read(spark, config, asOf);
    } catch (BadInputException missing) {
      LOG.info("no feature snapshot as of {} yet: computing it", asOf);
      FeatureJob.run(spark, config, asOf);
      return FeatureStore.read(spark, config, asOf);
    }
  }

  /**
   * Features joined with labels, several dates stacked; customers without exposure and customers
   * erased on a data-subject request are left out.
   */
  public Dataset<Row> labelled(List<LocalDate> asOfDates, LabelSpec spec) {
    if (asOfDates.isEmpty()) {
      throw new BadInputException("give at least one as-of date");
    }
    Dataset<Row> all = null;
    for (LocalDate d : asOfDates) {
      Dataset<Row> labels = LabelBuilder.build(spark, config, d, spec).select(col("customer_id"), col(LABEL));
      // erased subjects are left out of the labels and, explicitly, of the features they are joined with
      Dataset<Row> one = LabelBuilder.withoutErased(spark, config, features(d)).join(labels, "customer_id");
      all = all == null ? one : all.unionByName(one);
    }
    return all;
  }

  /** Marks customers who have not consented to scoring (column {@code no_consent}). */
  public static Dataset<Row> withConsent(Dataset<Row> features, Dataset<Row> noConsentIds) {
    Dataset<Row> flagged = noConsentIds.select(col("customer_id")).distinct().withColumn("no_consent", lit(true));
    return features.join(flagged, features.col("customer_id").equalTo(flagged.col("customer_id")), "left")
        .drop(flagged.col("customer_id"))
        .na().fill(false, new String[] {"no_consent"});
  }

  public static Map<String, Dimension> dimensions() {
    Map<String, Dimension> out = new LinkedHashMap<>();
    for (FeatureDefinition f : FeatureCatalog.current().features()) {
      out.put(f.name(), f.dimension());
    }
    return out;
  }

  public static Map<String, String> reasonPhrases() {
    Map<String, String> out = new LinkedHashMap<>();
    for (FeatureDefinition f : FeatureCatalog.current().features()) {
      out.put(f.name(), f.reasonPhrase());
    }
    return out;
  }
}
