package io.credit.scoring.binning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** JSON form of fitted binnings, stored as a param of the saved model. */
public final class BinningJson {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private BinningJson() {}

  public static String write(List<FeatureBinning> binnings) {
    try {
      return MAPPER.writeValueAsString(binnings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write binning JSON", e);
    }
  }

  public static List<FeatureBinning> read(String json) {
    try {
      return MAPPER.readValue(json, new TypeReference<List<FeatureBinning>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read binning JSON", e);
    }
  }
}
