package io.credit.reports.page;

import io.credit.core.model.ScoreBand;

/** How score bands look on the pages: colour and range text. */
final class Bands {
  private Bands() {}

  static String colour(ScoreBand b) {
    return switch (b) {
      case POOR -> "#c8433a";
      case FAIR -> "#e58a2e";
      case GOOD -> "#d9b62b";
      case VERY_GOOD -> "#7bb661";
      case EXCELLENT -> "#2e8b57";
    };
  }

  static String range(ScoreBand b) {
    return b.lower() + "–" + b.upperInclusive();
  }

  /** The band's label for a band name stored in the DB, or the name itself when unknown. */
  static String label(String name) {
    if (name == null) {
      return "";
    }
    try {
      return ScoreBand.valueOf(name).label();
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}
