package io.credit.ingestion.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.credit.core.cli.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A declared input layout for a transactions export (JSON). See the module README for the format.
 *
 * @param name              the mapping's name
 * @param delimiter         field delimiter (one character; default {@code ,})
 * @param quote             quote character (default {@code "}; empty for none)
 * @param header            whether the first line names the columns (default true)
 * @param decimalSeparator  {@code .} or {@code ,} (default {@code .})
 * @param groupingSeparator thousands separator to drop from numbers (default none)
 * @param amountSign        {@code positive} (direction from its own field) or {@code signed} (a negative
 *                          amount is a DEBIT, a positive one a CREDIT)
 * @param unknownCustomers  {@code reject} (default) or {@code register}: unknown ids become new customers
 *                          with unknown identity attributes
 * @param splitByDate       whether one file holds many business dates, split by the transaction date
 * @param fields            canonical column → how to get it; absent columns are empty; {@code null} means
 *                          "our own format, columns by header name"
 */
@JsonIgnoreProperties({"description"})
public record LayoutMapping(
    String name, String delimiter, String quote, Boolean header, String decimalSeparator, String groupingSeparator,
    String amountSign, String unknownCustomers, Boolean splitByDate, Map<String, FieldRule> fields) {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * How to fill one canonical column.
   *
   * @param column     source column by header name
   * @param position   source column by 1-based position (for files without header)
   * @param constant   a fixed value
   * @param format     for dates/timestamps: a java.time pattern of the source (e.g. {@code yyMMdd})
   * @param baseYear   for two-digit years: the first year of the 100-year window (e.g. 1930)
   * @param codes      source value → canonical code (unmapped values pass through and fail BAD_CODE)
   * @param when       ordered rules, the first matching one gives the value
   * @param otherwise  value when no rule matched and no column is given
   * @param prefix     prepended to a non-empty value (e.g. to keep foreign ids apart)
   * @param onlyFor    keep the value only when the canonical txn_type is one of these
   */
  @JsonIgnoreProperties({"description"})
  public record FieldRule(String column, Integer position, String constant, String format, Integer baseYear,
      Map<String, String> codes, List<When> when, String otherwise, String prefix, List<String> onlyFor) {}

  /** A rule: when source {@code column} equals {@code equals} (after trimming), the value is {@code value}. */
  public record When(String column, Integer position, String equals, String value) {}

  public char delimiterChar() {
    return delimiter == null || delimiter.isEmpty() ? ',' : delimiter.charAt(0);
  }

  public Character quoteChar() {
    if (quote == null) {
      return '"';
    }
    return quote.isEmpty() ? null : quote.charAt(0);
  }

  public boolean hasHeader() {
    return header == null || header;
  }

  public boolean isSplitByDate() {
    return splitByDate != null && splitByDate;
  }

  public boolean registersUnknownCustomers() {
    return "register".equalsIgnoreCase(unknownCustomers);
  }

  public boolean signedAmounts() {
    return "signed".equalsIgnoreCase(amountSign);
  }

  /** A shipped mapping by name ({@code default}, {@code czech-bank}) or a JSON file path. */
  public static LayoutMapping load(String nameOrPath) {
    String resource = "/io/credit/ingestion/mappings/" + nameOrPath + ".json";
    try (InputStream in = LayoutMapping.class.getResourceAsStream(resource)) {
      if (in != null) {
        return JSON.readValue(in, LayoutMapping.class);
      }
    } catch (IOException e) {
      throw new BadInputException("shipped mapping " + nameOrPath + " is invalid: " + e.getMessage(), e);
    }
    Path path = Path.of(nameOrPath);
    if (!Files.isRegularFile(path)) {
      throw new BadInputException("unknown mapping '" + nameOrPath
          + "': give a shipped mapping (default, czech-bank) or the path of a JSON mapping file");
    }
    try {
      return JSON.readValue(path.toFile(), LayoutMapping.class);
    } catch (IOException e) {
      throw new BadInputException("mapping file " + path + " is invalid: " + e.getMessage(), e);
    }
  }

  /** Identifies the mapping in job parameters and messages. */
  public String displayName() {
    return name == null ? "unnamed" : name;
  }
}
