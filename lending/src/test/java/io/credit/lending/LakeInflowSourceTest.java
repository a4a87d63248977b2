package io.credit.lending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.testing.TestSpark;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ability to pay from the transaction lake: salary and other income of the 90 days before D, per month. */
class LakeInflowSourceTest {
  static final LocalDate D = LocalDate.of(2026, 6, 30);

  @Test
  void regularIncomeOfTheNinetyDaysBeforeTheRunDate(@TempDir Path dir) {
    SparkSession spark = TestSpark.session();
    StructType schema = new StructType()
        .add("txn_id", DataTypes.StringType).add("customer_id", DataTypes.StringType)
        .add("amount", DataTypes.createDecimalType(18, 2)).add("direction", DataTypes.StringType)
        .add("txn_type", DataTypes.StringType).add("date", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    int[] n = {0};
    java.util.function.BiConsumer<Object[], Integer> add = (r, daysBefore) -> rows.add(RowFactory.create(
        "t" + n[0]++, r[0], new BigDecimal((String) r[1]), r[2], r[3], D.minusDays(daysBefore).toString()));
    add.accept(new Object[] {"C00000001", "3000.00", "CREDIT", "SALARY"}, 80);
    add.accept(new Object[] {"C00000001", "3000.00", "CREDIT", "SALARY"}, 50);
    add.accept(new Object[] {"C00000001", "3000.00", "CREDIT", "SALARY"}, 20);
    add.accept(new Object[] {"C00000001", "300.00", "CREDIT", "OTHER_INCOME"}, 90);
    add.accept(new Object[] {"C00000001", "3000.00", "CREDIT", "SALARY"}, 0);    // the run date: excluded
    add.accept(new Object[] {"C00000001", "3000.00", "CREDIT", "SALARY"}, 91);   // before the window
    add.accept(new Object[] {"C00000001", "5000.00", "CREDIT", "TRANSFER_IN"}, 10); // not regular income
    add.accept(new Object[] {"C00000001", "700.00", "DEBIT", "PURCHASE"}, 10);
    add.accept(new Object[] {"C00000002", "900.00", "CREDIT", "TRANSFER_IN"}, 10);
    spark.createDataFrame(rows, schema).write().partitionBy("date").parquet(dir.resolve("lake/transactions").toString());

    Map<String, BigDecimal> inflow = new LakeInflowSource(() -> spark, dir.resolve("lake")).monthlyInflow(D);

    assertEquals(Map.of("C00000001", new BigDecimal("3100.00")), inflow);
    assertTrue(new LakeInflowSource(() -> {
      throw new AssertionError("no lake: Spark is not started");
    }, dir.resolve("nowhere")).monthlyInflow(D).isEmpty());
  }
}
