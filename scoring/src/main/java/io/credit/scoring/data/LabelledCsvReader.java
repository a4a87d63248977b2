package io.credit.scoring.data;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import io.credit.core.cli.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads any labelled CSV (header line, comma-separated, RFC 4180 quoting). Column types are
 * inferred: a column is numeric when at least 95% of its non-missing values parse as numbers (the
 * rest become missing), otherwise categorical. Missing: empty, {@code NA}, {@code N/A}, {@code NaN},
 * {@code null}, {@code ?}. Identifier-like categorical columns (nearly one value per row) and
 * constant columns are dropped.
 */
public final class LabelledCsvReader {
  private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "?");
  private static final double NUMERIC_SHARE = 0.95;

  private final SparkSession spark;

  public LabelledCsvReader(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * @param badValue the target value meaning "bad"; null accepts a 0/1 target with 1 = bad
   */
  public LabelledData read(Path csv, String target, String badValue) {
    if (!Files.isRegularFile(csv)) {
      throw new BadInputException("training file not found: " + csv + " (give a CSV file with a header line)");
    }
    Cleaned c0 = clean(csv, target);
    Map<String, String> renamed = c0.renamed();
    String targetSafe = c0.target();
    List<String> used = c0.columns();
    Dataset<Row> df = c0.rows().where(col(targetSafe).isNotNull()).cache();
    long rows = df.count();
    if (rows == 0) {
      throw new BadInputException("no labelled rows in " + csv + " (every '" + target + "' value is missing)");
    }
    String bad = badValue(df, targetSafe, badValue, target);

    List<String> features = used.stream().filter(n -> !n.equals(target) && !n.equals(renamedOf(target, renamed)))
        .toList();
    List<Column> stats = new ArrayList<>();
    for (String f : features) {
      stats.add(count(col(f)).as(f + "__n"));
      stats.add(count(expr("try_cast(`" + f + "` as double)")).as(f + "__num"));
      stats.add(approx_count_distinct(col(f)).as(f + "__distinct"));
    }
    Row s = df.select(stats.toArray(Column[]::new)).head();
    List<String> numeric = new ArrayList<>();
    List<String> categorical = new ArrayList<>();
    Map<String, String> dropped = new LinkedHashMap<>();
    List<Column> out = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      String f = features.get(i);
      long n = s.getLong(3 * i);
      long num = s.getLong(3 * i + 1);
      long distinct = s.getLong(3 * i + 2);
      if (n == 0) {
        dropped.put(f, "always missing");
      } else if (distinct <= 1) {
        dropped.put(f, "constant");
      } else if (num >= NUMERIC_SHARE * n) {
        numeric.add(f);
        out.add(expr("try_cast(`" + f + "` as double)").as(f));
      } else if (distinct > 0.9 * n && n > 20) {
        dropped.put(f, "identifier-like: " + distinct + " distinct values in " + n + " rows");
      } else {
        categorical.add(f);
        out.add(col(f));
      }
    }
    out.add(when(col(targetSafe).equalTo(bad), lit(1.0)).otherwise(lit(0.0)).as(LabelledData.LABEL));
    Dataset<Row> typed = df.select(out.toArray(Column[]::new));
    return new LabelledData(typed, numeric, categorical, dropped, renamed);
  }

  /**
   * Reads a second file (e.g. a test set) with the columns and types of {@code like}: numeric columns
   * parsed as numbers (unparseable values missing), categorical as text.
   */
  public Dataset<Row> readLike(Path csv, String target, String badValue, LabelledData like) {
    if (!Files.isRegularFile(csv)) {
      throw new BadInputException("test file not found: " + csv);
    }
    Cleaned c = clean(csv, target);
    List<Column> out = new ArrayList<>();
    for (String f : like.numeric()) {
      requireColumn(c, f, csv);
      out.add(expr("try_cast(`" + f + "` as double)").as(f));
    }
    for (String f : like.categorical()) {
      requireColumn(c, f, csv);
      out.add(col(f));
    }
    Dataset<Row> df = c.rows().where(col(c.target()).isNotNull());
    String bad = badValue(df, c.target(), badValue, target);
    out.add(when(col(c.target()).equalTo(bad), lit(1.0)).otherwise(lit(0.0)).as(LabelledData.LABEL));
    return df.select(out.toArray(Column[]::new));
  }

  private static void requireColumn(Cleaned c, String f, Path csv) {
    if (!c.columns().contains(f)) {
      throw new BadInputException("column '" + f + "' of the training file is missing from " + csv);
    }
  }

  private record Cleaned(Dataset<Row> rows, Map<String, String> renamed, String target, List<String> columns) {}

  private Cleaned clean(Path csv, String target) {
    Dataset<Row> raw = spark.read().option("header", "true").option("inferSchema", "false")
        .option("multiLine", "false").option("escape", "\"").csv(csv.toString());
    Map<String, String> renamed = new LinkedHashMap<>();
    List<Column> cleaned = new ArrayList<>();
    String targetSafe = null;
    List<String> used = new ArrayList<>();
    for (String name : raw.columns()) {
      String safe = safeName(name, used);
      used.add(safe);
      if (!safe.equals(name)) {
        renamed.put(name, safe);
      }
      if (name.equals(target)) {
        targetSafe = safe;
      }
      Column c = trim(col("`" + name + "`"));
      cleaned.add(when(lower(c).isin(MISSING.toArray()), lit(null).cast("string")).otherwise(c).as(safe));
    }
    if (targetSafe == null) {
      throw new BadInputException("target column '" + target + "' not found in " + csv + "; columns are "
          + List.of(raw.columns()));
    }
    return new Cleaned(raw.select(cleaned.toArray(Column[]::new)), renamed, targetSafe, used);
  }

  private static String renamedOf(String name, Map<String, String> renamed) {
    return renamed.getOrDefault(name, name);
  }

  private static String badValue(Dataset<Row> df, String target, String badValue, String targetName) {
    List<String> values = df.select(col(target)).distinct().limit(51).collectAsList().stream()
        .map(r -> r.getString(0)).sorted().toList();
    if (badValue != null) {
      if (!values.contains(badValue)) {
        throw new BadInputException("--bad-value '" + badValue + "' never occurs in '" + targetName + "'; values: "
            + values);
      }
      if (values.size() < 2) {
        throw new BadInputException("'" + targetName + "' has a single value " + values + ": nothing to learn");
      }
      return badValue;
    }
    if (values.equals(List.of("0", "1"))) {
      return "1";
    }
    throw new BadInputException("cannot tell which value of '" + targetName + "' means bad (values: "
        + (values.size() > 10 ? values.subList(0, 10) + "…" : values) + "): pass --bad-value");
  }

  private static String safeName(String name, List<String> used) {
    String s = name.trim().replaceAll("[^A-Za-z0-9_]", "_");
    if (s.isEmpty() || Character.isDigit(s.charAt(0))) {
      s = "c_" + s;
    }
    String base = s;
    for (int i = 2; used.contains(s) || s.equals(LabelledData.LABEL); i++) {
      s = base + "_" + i;
    }
    return s;
  }
}
