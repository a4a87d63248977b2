package io.credit.scoring.binning.internal;

import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.credit.scoring.binning.Bin;
import io.credit.scoring.binning.BinKind;
import io.credit.scoring.binning.FeatureBinning;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * Spark column expressions that map a raw feature value to a value per bin (its WOE, its points,
 * its index). Plain {@code CASE WHEN} expressions, so Spark generates code for them: no UDF.
 */
public final class BinExpressions {
  private BinExpressions() {}

  /** {@code values[i]} for the bin the raw value falls in; {@code values} is indexed like {@code binning.bins()}. */
  public static Column lookup(FeatureBinning binning, Column raw, double[] values) {
    if (values.length != binning.bins().size()) {
      throw new IllegalArgumentException("one value per bin expected for " + binning.feature());
    }
    return lookupValues(binning, raw, values);
  }

  /** The index (0-based, like {@code binning.bins()}) of the bin the raw value falls in, as an int column. */
  public static Column binIndex(FeatureBinning binning, Column raw) {
    double[] idx = new double[binning.bins().size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    return lookupValues(binning, raw, idx).cast("int");
  }

  private static Column lookupValues(FeatureBinning binning, Column raw, double[] values) {
    List<Bin> bins = binning.bins();
    int missing = -1;
    for (int i = 0; i < bins.size(); i++) {
      if (bins.get(i).kind() == BinKind.MISSING) {
        missing = i;
      }
    }
    double missingValue = missing < 0 ? 0.0 : values[missing];
    if (binning.categorical()) {
      Column c = raw.cast("string");
      Column expr = when(c.isNull(), lit(missingValue));
      for (int i = 0; i < bins.size(); i++) {
        Bin b = bins.get(i);
        if (b.kind() == BinKind.CATEGORIES) {
          expr = expr.when(c.isin(b.categories().toArray()), lit(values[i]));
        }
      }
      int other = binning.otherBinIndex();
      return expr.otherwise(lit(other < 0 ? missingValue : values[other]));
    }
    Column c = raw.cast("double");
    Column expr = when(c.isNull().or(isnan(c)), lit(missingValue));
    for (int i = 0; i < bins.size(); i++) {
      Bin b = bins.get(i);
      if (b.kind() == BinKind.SPECIAL) {
        expr = expr.when(c.equalTo(b.specialValue()), lit(values[i]));
      }
    }
    int lastRange = -1;
    for (int i = 0; i < bins.size(); i++) {
      if (bins.get(i).kind() == BinKind.RANGE) {
        lastRange = i;
      }
    }
    for (int i = 0; i < bins.size(); i++) {
      Bin b = bins.get(i);
      if (b.kind() == BinKind.RANGE && i != lastRange) {
        expr = expr.when(c.lt(b.upper()), lit(values[i]));
      }
    }
    return expr.otherwise(lit(lastRange < 0 ? missingValue : values[lastRange]));
  }

  /** Each bin's WOE, indexed like the bins. */
  public static double[] woes(FeatureBinning binning) {
    return binning.bins().stream().mapToDouble(Bin::woe).toArray();
  }
}
