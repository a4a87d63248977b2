package io.credit.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.core.testing.TestDatabases;
import io.credit.core.testing.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lake written by ingestion is what features reads: Spark sees the contract's columns and types. */
class LakeSparkTest {
  @TempDir Path tmp;

  @Test
  void sparkReadsThePartitionedLakeWithTheContractTypes() throws Exception {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(tmp.resolve("data")).withInboxDir(tmp.resolve("inbox"));
    LocalDate d1 = LocalDate.of(2025, 5, 1);
    LocalDate d2 = d1.plusDays(1);
    new SampleInbox().write(config.inboxDir(), d1, 10, 50, false);
    new SampleInbox().write(config.inboxDir(), d2, 10, 70, false);
    try (Database db = TestDatabases.freshH2(); IngestRunner runner = new IngestRunner(config, db)) {
      assertEquals(IngestResult.Outcome.COMPLETED, runner.ingest(IngestRequest.inbox(d1, config.inboxDir())).outcome());
      assertEquals(IngestResult.Outcome.COMPLETED, runner.ingest(IngestRequest.inbox(d2, config.inboxDir())).outcome());
    }

    SparkSession spark = TestSpark.session();
    Dataset<Row> lake = spark.read().parquet(config.lakeDir().resolve("transactions").toString());
    StructType schema = lake.schema();

    assertEquals(DataTypes.TimestampNTZType, schema.apply("txn_time").dataType());
    assertEquals(DataTypes.createDecimalType(18, 2), schema.apply("amount").dataType());
    assertEquals(DataTypes.createDecimalType(18, 2), schema.apply("balance_after").dataType());
    assertEquals(DataTypes.StringType, schema.apply("category").dataType());
    assertEquals(DataTypes.DateType, schema.apply("date").dataType());
    assertEquals(50, lake.where("date = DATE'2025-05-01'").count());
    assertEquals(70, lake.where("date = DATE'2025-05-02'").count());
    Row first = lake.where("txn_id = 'T2025-05-01-000001'").first();
    assertEquals(LocalDateTime.of(2025, 5, 1, 10, 1, 0), first.getAs("txn_time"));
    assertEquals(0, new BigDecimal("11.50").compareTo(first.getAs("amount")));
  }
}
