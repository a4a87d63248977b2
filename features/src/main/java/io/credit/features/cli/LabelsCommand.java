package io.credit.features.cli;

import static org.apache.spark.sql.functions.col;

import io.credit.core.cli.JsonOption;
import io.credit.core.cli.PlatformOptions;
import io.credit.core.config.PlatformConfig;
import io.credit.core.spark.SparkSessions;
import io.credit.features.internal.StoreFiles;
import io.credit.features.labels.LabelBuilder;
import io.credit.features.labels.LabelSpec;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./credit features labels --date D}: outcome labels as of D, written next to the feature store. */
@Command(name = "labels", mixinStandardHelpOptions = true,
    description = "Build outcome labels as of a date (bad = reaches the DPD threshold within the horizon) into "
        + "features/labels/dpd=<n>_h=<months>m/as_of=<date>/.")
public class LabelsCommand implements Callable<Integer> {
  @Mixin
  PlatformOptions platform;
  @Mixin
  JsonOption json;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "As-of date D.")
  String date;

  @Option(names = "--dpd", defaultValue = "90", description = "Days past due that make a customer bad (default ${DEFAULT-VALUE}).")
  int dpd;

  @Option(names = "--horizon-months", defaultValue = "12", description = "Months after D to look at (default ${DEFAULT-VALUE}).")
  int horizon;

  @Override
  public Integer call() {
    LocalDate asOf = Dates.parse("--date", date);
    LabelSpec spec = new LabelSpec(dpd, horizon);
    PlatformConfig config = platform.toConfig();
    SparkSession spark = SparkSessions.getOrCreate(config, "credit-labels");
    Dataset<Row> labels = LabelBuilder.build(spark, config, asOf, spec);
    String path = config.featureStoreDir().resolve("labels").resolve("dpd=" + dpd + "_h=" + horizon + "m")
        .resolve("as_of=" + asOf).toUri().toString();
    new StoreFiles(spark).writeReplacing(labels.sortWithinPartitions(col("customer_id")), path);
    Dataset<Row> written = spark.read().parquet(path);
    long total = written.count();
    long bad = written.filter(col("label").equalTo(1)).count();
    System.out.printf("labels as of %s (bad = %d+ DPD within %d months): %d customers, %d bad (%.2f%%)%n",
        asOf, dpd, horizon, total, bad, total == 0 ? 0.0 : 100.0 * bad / total);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("command", "features labels");
    summary.put("as_of_date", asOf.toString());
    summary.put("customers", total);
    summary.put("bad", bad);
    summary.put("path", path);
    json.print(System.out, summary);
    return 0;
  }
}
