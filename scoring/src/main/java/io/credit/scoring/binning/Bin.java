package io.credit.scoring.binning;

import java.util.List;

/**
 * One bin of a feature with its training counts and weight of evidence.
 *
 * @param kind         what the bin holds
 * @param label        readable rule, e.g. {@code [30, 60)}, {@code {A, B}}, {@code missing}
 * @param lower        inclusive lower bound of a {@link BinKind#RANGE} (null: unbounded)
 * @param upper        exclusive upper bound of a {@link BinKind#RANGE} (null: unbounded)
 * @param categories   the categories of a {@link BinKind#CATEGORIES} bin
 * @param specialValue the value of a {@link BinKind#SPECIAL} bin
 * @param count        training rows in the bin
 * @param bads         training bads in the bin
 * @param woe          weight of evidence, {@code ln(share of goods / share of bads)}: positive is better
 * @param iv           the bin's contribution to the feature's information value
 */
public record Bin(BinKind kind, String label, Double lower, Double upper, List<String> categories,
    Double specialValue, long count, long bads, double woe, double iv) {

  public long goods() {
    return count - bads;
  }

  public double badRate() {
    return count == 0 ? 0.0 : (double) bads / count;
  }
}
