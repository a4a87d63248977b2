package io.credit.ingestion.mapping;

import io.credit.core.cli.BadInputException;
import io.credit.ingestion.read.SourceLine;
import io.credit.ingestion.validate.FileKind;
import io.credit.ingestion.validate.Reject;
import io.credit.ingestion.validate.RuleCode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A foreign transactions layout, compiled from a {@link LayoutMapping}. */
public final class MappedLayout implements RecordLayout {
  private static final List<String> COLUMNS = FileKind.TRANSACTIONS.columns();
  private static final DateTimeFormatter CANONICAL_TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  private static final int TIME = COLUMNS.indexOf("txn_time");
  private static final int AMOUNT = COLUMNS.indexOf("amount");
  private static final int BALANCE = COLUMNS.indexOf("balance_after");
  private static final int DIRECTION = COLUMNS.indexOf("direction");
  private static final int TYPE = COLUMNS.indexOf("txn_type");

  private final LayoutMapping mapping;
  private final String fileName;
  private final Integer width;
  private final List<String> header;
  private final LayoutMapping.FieldRule[] rules = new LayoutMapping.FieldRule[COLUMNS.size()];
  private final DateTimeFormatter timeFormat;

  public MappedLayout(LayoutMapping mapping, String fileName, String[] header) {
    this.mapping = mapping;
    this.fileName = fileName;
    this.header = header == null ? null : Arrays.asList(header);
    this.width = header == null ? null : header.length;
    Map<String, LayoutMapping.FieldRule> fields = mapping.fields();
    for (String name : fields.keySet()) {
      if (!COLUMNS.contains(name)) {
        throw new BadInputException("mapping " + mapping.displayName() + " names unknown column '" + name
            + "'; canonical columns are " + String.join(",", COLUMNS));
      }
    }
    for (int k = 0; k < COLUMNS.size(); k++) {
      rules[k] = fields.get(COLUMNS.get(k));
      if (rules[k] != null) {
        checkSource(rules[k].column(), rules[k].position());
        if (rules[k].when() != null) {
          rules[k].when().forEach(w -> checkSource(w.column(), w.position()));
        }
      }
    }
    LayoutMapping.FieldRule time = rules[TIME];
    this.timeFormat = time == null || time.format() == null ? CANONICAL_TIMESTAMP : formatter(time.format(), time.baseYear());
  }

  private void checkSource(String column, Integer position) {
    if (column != null && header != null && !header.contains(column)) {
      throw new BadInputException(fileName + ": mapping " + mapping.displayName() + " needs column '" + column
          + "' but the header is " + String.join(",", header));
    }
    if (column != null && header == null) {
      throw new BadInputException("mapping " + mapping.displayName() + " names column '" + column
          + "' but declares no header; use \"position\" instead");
    }
  }

  static DateTimeFormatter formatter(String pattern, Integer baseYear) {
    int yy = pattern.indexOf("yy");
    if (baseYear == null || yy < 0 || pattern.contains("yyy")) {
      return DateTimeFormatter.ofPattern(pattern);
    }
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
    if (yy > 0) {
      b.appendPattern(pattern.substring(0, yy));
    }
    b.appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.of(baseYear, 1, 1));
    if (yy + 2 < pattern.length()) {
      b.appendPattern(pattern.substring(yy + 2));
    }
    return b.toFormatter();
  }

  @Override
  public String[] canonical(SourceLine line) {
    String[] src = line.fields();
    if (width != null && src.length != width) {
      throw new Reject(RuleCode.COLUMN_COUNT, "expected " + width + " fields, found " + src.length);
    }
    String[] out = new String[COLUMNS.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = rules[k] == null ? "" : value(rules[k], src);
    }
    out[TIME] = convertTime(out[TIME]);
    out[AMOUNT] = number(out[AMOUNT]);
    out[BALANCE] = number(out[BALANCE]);
    if (mapping.signedAmounts() && !out[AMOUNT].isEmpty()) {
      boolean negative = out[AMOUNT].startsWith("-");
      if (rules[DIRECTION] == null) {
        out[DIRECTION] = negative ? "DEBIT" : "CREDIT";
      }
      if (negative) {
        out[AMOUNT] = out[AMOUNT].substring(1);
      }
    }
    for (int k = 0; k < out.length; k++) {
      List<String> onlyFor = rules[k] == null ? null : rules[k].onlyFor();
      if (onlyFor != null && !onlyFor.contains(out[TYPE])) {
        out[k] = "";
      }
    }
    return out;
  }

  private String value(LayoutMapping.FieldRule rule, String[] src) {
    String v = null;
    if (rule.when() != null) {
      for (LayoutMapping.When w : rule.when()) {
        if (w.equals() != null && w.equals().equals(source(src, w.column(), w.position()))) {
          v = w.value();
          break;
        }
      }
    }
    if (v == null && rule.constant() != null) {
      v = rule.constant();
    }
    if (v == null && (rule.column() != null || rule.position() != null)) {
      v = source(src, rule.column(), rule.position());
      if (rule.codes() != null && rule.codes().containsKey(v)) {
        v = rule.codes().get(v);
      }
    }
    if (v == null && rule.otherwise() != null) {
      v = rule.otherwise();
    }
    if (v == null) {
      return "";
    }
    return rule.prefix() != null && !v.isEmpty() ? rule.prefix() + v : v;
  }

  private String source(String[] src, String column, Integer position) {
    int i = column != null ? header.indexOf(column) : position - 1;
    if (i < 0 || i >= src.length) {
      throw new Reject(RuleCode.COLUMN_COUNT, "line has no field " + (column != null ? "'" + column + "'" : "#" + position));
    }
    return src[i].strip();
  }

  private String convertTime(String v) {
    if (v.isEmpty() || timeFormat == CANONICAL_TIMESTAMP) {
      return v;
    }
    try {
      TemporalAccessor t = timeFormat.parse(v);
      LocalDateTime time = t.isSupported(ChronoField.HOUR_OF_DAY)
          ? LocalDateTime.from(t) : LocalDate.from(t).atStartOfDay();
      return CANONICAL_TIMESTAMP.format(time);
    } catch (java.time.DateTimeException e) {
      throw new Reject(RuleCode.BAD_DATE, "txn_time '" + v + "' does not match the mapping's format");
    }
  }

  private String number(String v) {
    if (v.isEmpty()) {
      return v;
    }
    String out = v;
    if (mapping.groupingSeparator() != null && !mapping.groupingSeparator().isEmpty()) {
      out = out.replace(mapping.groupingSeparator(), "");
    }
    if (",".equals(mapping.decimalSeparator())) {
      out = out.replace(',', '.');
    }
    return out;
  }
}
