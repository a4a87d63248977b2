package io.credit.scoring.service;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Where a model comes from: library versions, git commit, and an order-independent hash of its training data. */
public final class Provenance {
  private Provenance() {}

  /** Library and runtime versions, the git commit (env {@code CREDIT_GIT_COMMIT}, else {@code git rev-parse HEAD}, else unknown). */
  public static Map<String, String> describe(String sparkVersion) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("spark", sparkVersion);
    p.put("scala", scala.util.Properties.versionNumberString());
    p.put("java", System.getProperty("java.version"));
    String impl = Provenance.class.getPackage().getImplementationVersion();
    p.put("credit_platform", impl == null ? "0.1.0-SNAPSHOT" : impl);
    p.put("git_commit", gitCommit());
    return p;
  }

  /**
   * SHA-256 of the row count and the sum of per-row 64-bit hashes over every column: identical for the
   * same rows in any order or partitioning, different as soon as one value changes.
   */
  public static String dataHash(Dataset<Row> data) {
    String[] cols = data.columns();
    Arrays.sort(cols);
    Column[] c = Arrays.stream(cols).map(n -> col("`" + n + "`")).toArray(Column[]::new);
    Row r = data.select(count(lit(1)), sum(xxhash64(c).cast("decimal(38,0)"))).head();
    String text = r.get(0) + ":" + r.get(1) + ":" + String.join(",", cols);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String gitCommit() {
    String env = System.getenv("CREDIT_GIT_COMMIT");
    if (env != null && !env.isBlank()) {
      return env.trim();
    }
    try {
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      if (p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0) {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (out.matches("[0-9a-f]{40}")) {
          return out;
        }
      }
      p.destroy();
    } catch (IOException e) {
      // git absent: unknown
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "unknown";
  }
}
