package io.credit.scoring.scorecard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.credit.scoring.binning.Bin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The fitted scorecard, readable: feature × bin × points, with IV, WOE, counts and the LR
 * coefficient. The score of a row is the sum of its bins' points, rounded and clamped.
 *
 * @param scaling   points-to-double-odds scaling
 * @param intercept logistic-regression intercept (its points are spread evenly over the features)
 * @param features  the features kept, strongest IV first
 * @param dropped   features not kept, with the reason (low IV, correlated with another, wrong sign)
 */
public record ScorecardTable(PdoScaling scaling, double intercept, List<ScorecardFeature> features,
    Map<String, String> dropped) {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** Lowest and highest possible sums of points. */
  public double minRaw() {
    return features.stream().mapToDouble(ScorecardFeature::minPoints).sum();
  }

  public double maxRaw() {
    return features.stream().mapToDouble(ScorecardFeature::maxPoints).sum();
  }

  public String toJson() {
    try {
      return MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write scorecard JSON", e);
    }
  }

  public static ScorecardTable fromJson(String json) {
    try {
      return MAPPER.readValue(json, ScorecardTable.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read scorecard JSON", e);
    }
  }

  /** Writes {@code scorecard.csv} and {@code scorecard.json} into the folder. */
  public void write(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("scorecard.json"),
          MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this));
      try (CSVPrinter csv = new CSVPrinter(Files.newBufferedWriter(dir.resolve("scorecard.csv")),
          CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
        csv.printRecord("feature", "dimension", "iv", "coefficient", "bin", "bin_kind", "count", "bads",
            "bad_rate", "woe", "points");
        for (ScorecardFeature f : features) {
          List<Bin> bins = f.binning().bins();
          for (int i = 0; i < bins.size(); i++) {
            Bin b = bins.get(i);
            csv.printRecord(f.feature(), f.dimension() == null ? "" : f.dimension(), fmt(f.iv()),
                fmt(f.coefficient()), b.label(), b.kind().name().toLowerCase(Locale.ROOT), b.count(), b.bads(),
                fmt(b.badRate()), fmt(b.woe()), String.format(Locale.ROOT, "%.1f", f.points().get(i)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the scorecard to " + dir, e);
    }
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
