package io.credit.ingestion.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.HadoopParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;

/**
 * The transaction lake on a local (or mounted) file system:
 * {@code <lake>/transactions/date=YYYY-MM-DD/part-00000.parquet}. Staging folders live under
 * {@code <lake>/_staging/} (ignored by Spark: it skips names starting with {@code _}).
 */
public final class TransactionLake {
  public static final String PART_FILE = "part-00000.parquet";
  private final Path root;

  public TransactionLake(Path lakeDir) {
    this.root = lakeDir;
  }

  public Path transactionsDir() {
    return root.resolve("transactions");
  }

  public Path partition(LocalDate date) {
    return transactionsDir().resolve("date=" + date);
  }

  /** The staging folder of a date, emptied: what a (re)started validation writes into. */
  public Path freshStaging(LocalDate date) {
    Path staging = staging(date);
    deleteRecursively(staging);
    try {
      Files.createDirectories(staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create staging folder " + staging, e);
    }
    return staging;
  }

  public Path staging(LocalDate date) {
    return root.resolve("_staging").resolve("transactions").resolve("date=" + date);
  }

  /**
   * Makes the staged partition the date's partition. The old partition (from an earlier run) is moved
   * aside first, then the staging folder is renamed into place: readers see the old or the new
   * partition, never a partial one. Repeating a publish whose staging is gone is a no-op.
   */
  public void publish(LocalDate date) {
    Path staging = staging(date);
    Path target = partition(date);
    if (!Files.isDirectory(staging)) {
      if (Files.isDirectory(target)) {
        return;
      }
      throw new IllegalStateException("nothing staged for " + date + " under " + staging);
    }
    try {
      Files.createDirectories(target.getParent());
      Path trash = root.resolve("_staging").resolve("trash-" + date + "-" + System.nanoTime());
      if (Files.exists(target)) {
        Files.move(target, trash, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(trash);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish lake partition " + target, e);
    }
  }

  /** Dates that have a published partition, oldest first. */
  public List<LocalDate> dates() {
    if (!Files.isDirectory(transactionsDir())) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(transactionsDir())) {
      return dirs.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("date="))
          .map(n -> LocalDate.parse(n.substring(5)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + transactionsDir(), e);
    }
  }

  /** Calls {@code consumer} with every txn_id of a date's partition (reads only that column). */
  public void forEachTxnId(LocalDate date, Consumer<String> consumer) {
    forEachValue(partition(date), "txn_id", consumer);
  }

  /** Calls {@code consumer} with every value of a string column of the Parquet files in a folder. */
  public static void forEachValue(Path folder, String column, Consumer<String> consumer) {
    for (Path file : parquetFiles(folder)) {
      try (ParquetReader<Group> reader = new ColumnReaderBuilder(new LocalInputFile(file))
          .set(ReadSupport.PARQUET_READ_SCHEMA, "message m { required binary " + column + " (STRING); }")
          .build()) {
        for (Group g = reader.read(); g != null; g = reader.read()) {
          consumer.accept(g.getString(0, 0));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  private static List<Path> parquetFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  public static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      List<Path> all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }

  /**
   * A reader of a few columns on an empty Hadoop configuration. The builder's one-argument
   * constructor makes a default {@code Configuration}, which parses Hadoop's XML defaults: per file,
   * that was two thirds of an ingest (the duplicate check reads 30 days of partitions; JFR).
   */
  private static final class ColumnReaderBuilder extends ParquetReader.Builder<Group> {
    ColumnReaderBuilder(InputFile file) {
      super(file, new HadoopParquetConfiguration(new Configuration(false)));
    }

    @Override
    protected ReadSupport<Group> getReadSupport() {
      return new GroupReadSupport();
    }
  }
}
