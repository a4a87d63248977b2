package io.credit.scoring.registry;

import java.util.Locale;

/** Life-cycle stage of a registered model version. */
public enum ModelStage {
  CHALLENGER, CHAMPION, RETIRED;

  public String dbValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ModelStage fromDb(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }
}
