package io.credit.scoring.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credit.core.config.H2Urls;
import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.testing.TestSpark;
import io.credit.features.bench.IngestionTables;
import io.credit.features.catalog.FeatureCatalog;
import io.credit.features.internal.StorePaths;
import io.credit.features.labels.LabelSpec;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labelled snapshots training and backtests read leave out customers erased on a data-subject
 * request, even when a feature snapshot and ledger rows of theirs are still there.
 */
class TrainingExcludesErasedSubjectsTest {
  static final LocalDate D = LocalDate.parse("2026-01-01");
  @TempDir Path tmp;

  @Test
  void labelledSnapshotsLeaveOutErasedSubjects() {
    String url = H2Urls.inMemory("erased_training_" + ProcessHandle.current().pid());
    try (Database db = Database.open(url, "sa", "")) {
      IngestionTables.createIfMissing(db.jdbi());
      PlatformConfig config = new PlatformConfig(tmp, url, "sa", "", null, tmp.resolve("inbox"));
      SparkSession spark = TestSpark.session();
      List<String> ids = List.of("C00000001", "C00000002", "C00000003");
      db.jdbi().useHandle(h -> {
        for (String id : ids) {
          // a statement due in the horizon and never paid: every one of them is labelled bad
          h.execute("insert into statements values ('S" + id + "','" + id + "','CREDIT_LINE',DATE '2026-02-10',"
              + "DATE '2026-03-01',100.00,1000.00,DATE '2026-02-10')");
        }
      });
      spark.createDataset(ids, Encoders.STRING()).toDF("customer_id")
          .write().parquet(StorePaths.of(config).features(FeatureCatalog.VERSION, D));
      FeatureSnapshots snapshots = new FeatureSnapshots(spark, config);
      assertEquals(Set.copyOf(ids), customers(snapshots));

      db.jdbi().useHandle(h -> h.execute(
          "insert into erased_subjects values ('C00000002', TIMESTAMP '2026-01-05 09:00:00', 'request 7')"));

      assertEquals(Set.of("C00000001", "C00000003"), customers(snapshots));
    }
  }

  private static Set<String> customers(FeatureSnapshots snapshots) {
    Set<String> out = new TreeSet<>();
    for (Row r : snapshots.labelled(List.of(D), LabelSpec.DEFAULT).select("customer_id").collectAsList()) {
      out.add(r.getString(0));
    }
    return out;
  }
}
