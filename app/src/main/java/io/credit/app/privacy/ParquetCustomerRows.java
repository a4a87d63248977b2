package io.credit.app.privacy;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A customer's rows in Parquet datasets (the transaction lake, the feature store): every leaf
 * folder holding Parquet files is one partition; erasure rewrites only the partitions that mention
 * the customer, each swapped in by rename so readers never see a half-written partition.
 */
final class ParquetCustomerRows {
  static final String ERASED = io.credit.ingestion.validate.TransactionValidator.ERASED_COUNTERPARTY;

  private final SparkSession spark;

  ParquetCustomerRows(SparkSession spark) {
    this.spark = spark;
  }

  /** Leaf folders with Parquet files under a root, skipping folders whose name starts with '_' or '.'. */
  static List<Path> partitions(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isDirectory)
          .filter(d -> !hiddenPart(root, d))
          .filter(ParquetCustomerRows::hasParquet)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private static boolean hiddenPart(Path root, Path dir) {
    for (Path part : root.relativize(dir)) {
      String n = part.toString();
      if (n.startsWith("_") || n.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasParquet(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The customer's rows of every partition under {@code root}, as JSON-ready maps with the partition path. */
  List<Map<String, Object>> export(Path root, String customerId) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Path partition : partitions(root)) {
      Dataset<Row> ds = spark.read().parquet(partition.toString());
      if (!List.of(ds.columns()).contains("customer_id")) {
        continue;
      }
      for (Row r : ds.where(col("customer_id").equalTo(customerId)).collectAsList()) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("partition", root.relativize(partition).toString());
        for (String c : r.schema().fieldNames()) {
          Object v = r.getAs(c);
          m.put(c, v == null ? null : v.toString());
        }
        rows.add(m);
      }
    }
    return rows;
  }

  /**
   * Removes the customer's rows and replaces references to them in {@code counterparty_id} by
   * {@value #ERASED}. Returns the number of rows removed.
   */
  long erase(Path root, String customerId) {
    long removed = 0;
    for (Path partition : partitions(root)) {
      Dataset<Row> ds = spark.read().parquet(partition.toString());
      List<String> columns = List.of(ds.columns());
      if (!columns.contains("customer_id")) {
        continue;
      }
      boolean counterparty = columns.contains("counterparty_id");
      var mentions = col("customer_id").equalTo(customerId);
      if (counterparty) {
        mentions = mentions.or(col("counterparty_id").equalTo(customerId));
      }
      long own = ds.where(col("customer_id").equalTo(customerId)).count();
      if (own == 0 && (!counterparty || ds.where(mentions).count() == 0)) {
        continue;
      }
      Dataset<Row> kept = ds.where(col("customer_id").notEqual(customerId));
      if (counterparty) {
        kept = kept.withColumn("counterparty_id",
            when(col("counterparty_id").equalTo(customerId), lit(ERASED)).otherwise(col("counterparty_id")));
      }
      rewrite(partition, kept.coalesce(1));
      removed += own;
    }
    return removed;
  }

  private static void rewrite(Path partition, Dataset<Row> content) {
    Path staging = partition.resolveSibling("_erasing-" + partition.getFileName() + "-" + System.nanoTime());
    Path trash = partition.resolveSibling("_erased-" + partition.getFileName() + "-" + System.nanoTime());
    content.write().mode(SaveMode.Overwrite).parquet(staging.toString());
    try {
      Files.move(partition, trash, StandardCopyOption.ATOMIC_MOVE);
      Files.move(staging, partition, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(trash);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot swap rewritten partition " + partition, e);
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
