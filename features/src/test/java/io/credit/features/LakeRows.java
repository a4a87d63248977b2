package io.credit.features;

import io.credit.core.config.PlatformConfig;
import io.credit.features.internal.LakeReader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/** Hand-written transactions appended to the lake (into their date partitions). */
final class LakeRows {
  record Txn(String id, String customer, String time, String amount, String type, String category,
      String counterparty, String balance) {
    String direction() {
      return List.of("SALARY", "OTHER_INCOME", "REFUND", "TRANSFER_IN").contains(type) ? "CREDIT" : "DEBIT";
    }
  }

  private LakeRows() {}

  static void append(SparkSession spark, PlatformConfig config, List<Txn> txns) {
    List<Row> rows = new ArrayList<>();
    for (Txn t : txns) {
      LocalDateTime time = LocalDateTime.parse(t.time());
      rows.add(RowFactory.create(t.id(), t.customer(), time, new BigDecimal(t.amount()), t.direction(), t.type(),
          t.category(), t.counterparty(), "APP", t.balance() == null ? null : new BigDecimal(t.balance()),
          time.toLocalDate()));
    }
    var schema = LakeReader.SCHEMA.add("date", DataTypes.DateType);
    spark.createDataFrame(rows, schema).write().mode(SaveMode.Append).partitionBy("date")
        .parquet(config.lakeDir().resolve("transactions").toUri().toString());
  }
}
