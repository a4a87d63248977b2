package io.credit.features.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * File operations on the lake and the feature store through Hadoop's {@link FileSystem}, so the
 * same code works on a local folder, HDFS or S3. Dataset folders are written whole: into a
 * temporary sibling, then renamed into place.
 */
public final class StoreFiles {
  private final SparkSession spark;

  public StoreFiles(SparkSession spark) {
    this.spark = spark;
  }

  private FileSystem fs(String path) {
    try {
      return new Path(path).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open file system of " + path, e);
    }
  }

  /** Whether a folder holds a complete Spark output (its {@code _SUCCESS} marker). */
  public boolean isComplete(String dir) {
    try {
      return fs(dir).exists(new Path(dir, "_SUCCESS"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean exists(String path) {
    try {
      return fs(path).exists(new Path(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Dates of the {@code <prefix>YYYY-MM-DD} sub-folders of a folder, ascending; none if it is absent. */
  public List<LocalDate> datedFolders(String dir, String prefix) {
    List<LocalDate> dates = new ArrayList<>();
    try {
      FileSystem fs = fs(dir);
      Path p = new Path(dir);
      if (!fs.exists(p)) {
        return dates;
      }
      for (FileStatus st : fs.listStatus(p)) {
        String name = st.getPath().getName();
        if (st.isDirectory() && name.startsWith(prefix)) {
          try {
            dates.add(LocalDate.parse(name.substring(prefix.length())));
          } catch (DateTimeParseException ignored) {
            // temporary or foreign folder
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    dates.sort(null);
    return dates;
  }

  /** The latest complete {@code <prefix>D} folder with D strictly before {@code before}. */
  public Optional<LocalDate> latestCompleteBefore(String dir, String prefix, LocalDate before) {
    List<LocalDate> dates = datedFolders(dir, prefix);
    for (int i = dates.size() - 1; i >= 0; i--) {
      LocalDate d = dates.get(i);
      if (d.isBefore(before) && isComplete(dir + "/" + prefix + d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** Writes a dataset as Parquet into {@code target}, replacing it as a whole. */
  public void writeReplacing(Dataset<Row> data, String target) {
    Path dest = new Path(target);
    Path tmp = new Path(dest.getParent(), "." + dest.getName() + ".tmp-" + UUID.randomUUID());
    data.write().mode(SaveMode.Overwrite).parquet(tmp.toString());
    try {
      FileSystem fs = fs(target);
      if (fs.exists(dest)) {
        fs.delete(dest, true);
      }
      if (!fs.rename(tmp, dest)) {
        throw new IOException("rename " + tmp + " -> " + dest + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + target, e);
    }
  }
}
