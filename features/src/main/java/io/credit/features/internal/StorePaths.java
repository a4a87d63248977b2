package io.credit.features.internal;

import io.credit.core.config.PlatformConfig;
import java.time.LocalDate;

/** Where the lake, the feature store and the feature job's rolling state live under the data directory. */
public record StorePaths(String lake, String featureRoot) {

  /** Version of the rolling-state layout; bump when {@link TxnMetrics} changes (2: amounts in cents). */
  public static final int STATE_VERSION = 2;

  public static StorePaths of(PlatformConfig config) {
    return new StorePaths(uri(config.lakeDir().resolve("transactions")), uri(config.featureStoreDir()));
  }

  private static String uri(java.nio.file.Path p) {
    return p.toUri().toString().replaceAll("/$", "");
  }

  public String lakeDay(LocalDate date) {
    return lake + "/date=" + date;
  }

  /** Published features: {@code features/v=<version>/as_of=D}. */
  public String features(String version, LocalDate asOf) {
    return featureRoot + "/v=" + version + "/as_of=" + asOf;
  }

  public String stateRoot() {
    return featureRoot + "/_state/v" + STATE_VERSION;
  }

  /** Per-customer daily metrics, one folder per lake date. */
  public String dailyRoot() {
    return stateRoot() + "/daily";
  }

  public String daily(LocalDate date) {
    return dailyRoot() + "/date=" + date;
  }

  /** Rolling window sums as of D. */
  public String rollingRoot() {
    return stateRoot() + "/rolling";
  }

  public String rolling(LocalDate asOf) {
    return rollingRoot() + "/as_of=" + asOf;
  }

  /** Last-seen date per (customer, counterparty) as of D. */
  public String counterparties(LocalDate asOf) {
    return stateRoot() + "/counterparties/as_of=" + asOf;
  }
}
