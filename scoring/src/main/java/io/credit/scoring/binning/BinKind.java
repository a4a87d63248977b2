package io.credit.scoring.binning;

/** What a bin holds. */
public enum BinKind {
  /** A numeric interval {@code [lower, upper)}; a null bound is unbounded. */
  RANGE,
  /** A set of categories of a categorical feature. */
  CATEGORIES,
  /** One declared special value of a numeric feature (e.g. -1 meaning "not applicable"). */
  SPECIAL,
  /** Missing values: null, NaN, empty, NA. */
  MISSING
}
