package io.credit.features.internal;

import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Reads chosen dates of the transaction lake (contract schema plus the {@code date} partition column). */
public final class LakeReader {
  /** The lake's columns as the contract fixes them. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      field("txn_id", DataTypes.StringType, false),
      field("customer_id", DataTypes.StringType, false),
      field("txn_time", DataTypes.TimestampNTZType, false),
      field("amount", DataTypes.createDecimalType(18, 2), false),
      field("direction", DataTypes.StringType, false),
      field("txn_type", DataTypes.StringType, false),
      field("category", DataTypes.StringType, true),
      field("counterparty_id", DataTypes.StringType, true),
      field("channel", DataTypes.StringType, false),
      field("balance_after", DataTypes.createDecimalType(18, 2), true)});

  private final SparkSession spark;
  private final StoreFiles files;
  private final StorePaths paths;

  public LakeReader(SparkSession spark, StoreFiles files, StorePaths paths) {
    this.spark = spark;
    this.files = files;
    this.paths = paths;
  }

  /** Lake dates present, ascending. */
  public List<LocalDate> dates() {
    return files.datedFolders(paths.lake(), "date=");
  }

  /** Rows of the given dates (those absent from the lake are skipped); empty with the schema if none. */
  public Dataset<Row> read(List<LocalDate> dates) {
    List<String> present = dates.stream().map(paths::lakeDay).filter(files::exists).toList();
    if (present.isEmpty()) {
      return spark.createDataFrame(List.of(), SCHEMA)
          .withColumn("date", col("txn_time").cast("date"));
    }
    Dataset<Row> raw = spark.read().option("basePath", paths.lake()).parquet(present.toArray(new String[0]));
    Column[] typed = new Column[SCHEMA.size() + 1];
    for (int i = 0; i < SCHEMA.size(); i++) {
      StructField f = SCHEMA.fields()[i];
      typed[i] = col(f.name()).cast(f.dataType()).as(f.name());
    }
    typed[SCHEMA.size()] = col("date").cast("date").as("date");
    return raw.select(typed);
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
    return new StructField(name, type, nullable, Metadata.empty());
  }
}
