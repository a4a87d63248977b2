package io.credit.generator;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An independent reading of docs/CONTRACTS.md, used to check the generator: parses every line of
 * a generated history and names the first rule it breaks (or none). Processes dates in order, so
 * references (customers, statements) and duplicates are judged as ingestion would.
 */
final class ContractChecker {
  static final Pattern CUSTOMER_ID = Pattern.compile("C\\d{8}");
  static final Pattern NATIONAL_ID = Pattern.compile("\\d{17}[\\dX]");
  static final Pattern PHONE = Pattern.compile("1\\d{10}");
  static final Set<String> TYPES_CREDIT = Set.of("SALARY", "OTHER_INCOME", "REFUND", "TRANSFER_IN");
  static final Set<String> TYPES_DEBIT = Set.of("PURCHASE", "CASH_WITHDRAWAL", "TRANSFER_OUT", "BILL_PAYMENT",
      "LOAN_REPAYMENT");
  static final Set<String> CATEGORIES = Set.of("GROCERY", "DINING", "TRANSPORT", "UTILITIES", "TELECOM", "HEALTH",
      "EDUCATION", "FASHION", "ELECTRONICS", "TRAVEL", "ENTERTAINMENT", "LUXURY", "GAMBLING", "LOTTERY", "CRYPTO",
      "OTHER");
  static final Set<String> CHANNELS = Set.of("APP", "POS", "ONLINE", "ATM");
  static final Set<String> BOOLEANS = Set.of("true", "false");

  /** A line that broke a rule. */
  record Violation(LocalDate date, String file, int line, String rule, String detail) {}

  final Set<String> customers = new HashSet<>();
  final Set<String> txnIds = new HashSet<>();
  final Map<String, String> statementOwner = new HashMap<>();
  final Set<String> paymentIds = new HashSet<>();
  final List<Violation> violations = new ArrayList<>();
  long cleanLines;

  void checkDay(Path dayDir, LocalDate date) throws IOException {
    check(dayDir.resolve("customers.csv"), date, 15, this::customer);
    check(dayDir.resolve("transactions.csv"), date, 10, this::transaction);
    check(dayDir.resolve("statements.csv"), date, 7, this::statement);
    check(dayDir.resolve("payments.csv"), date, 5, this::payment);
  }

  interface RowRule {
    /** Returns the broken rule's code, or null when the row is valid (and records it). */
    String check(List<String> f, LocalDate date);
  }

  private void check(Path file, LocalDate date, int columns, RowRule rule) throws IOException {
    List<String> lines = splitLines(Files.readAllBytes(file));
    for (int n = 1; n < lines.size(); n++) {
      String text = lines.get(n);
      String code;
      if (text == null) {
        code = "INVALID_ENCODING";
      } else {
        List<String> f = parse(text);
        if (f == null) {
          code = "MALFORMED_LINE";
        } else if (f.size() != columns) {
          code = "COLUMN_COUNT";
        } else {
          code = rule.check(f, date);
        }
      }
      if (code == null) {
        cleanLines++;
      } else {
        violations.add(new Violation(date, file.getFileName().toString(), n + 1, code, text));
      }
    }
  }

  /** Lines as strings, or null for a line that is not valid UTF-8. */
  private static List<String> splitLines(byte[] bytes) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        try {
          out.add(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, i - start)).toString());
        } catch (CharacterCodingException e) {
          out.add(null);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static List<String> parse(String line) {
    try {
      List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(line)).getRecords();
      return records.size() == 1 ? records.get(0).toList() : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private String customer(List<String> f, LocalDate d) {
    for (int i : new int[] {0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14}) {
      if (f.get(i).isEmpty()) {
        return "REQUIRED";
      }
    }
    LocalDate birth = date(f.get(4));
    LocalDate open = date(f.get(10));
    if (birth == null || open == null) {
      return "BAD_DATE";
    }
    if (!f.get(6).matches("\\d+")) {
      return "BAD_NUMBER";
    }
    for (int i : new int[] {8, 9, 11, 12, 13, 14}) {
      if (!BOOLEANS.contains(f.get(i))) {
        return "BAD_CODE";
      }
    }
    int tier = Integer.parseInt(f.get(6));
    if (tier < 1 || tier > 4 || !CUSTOMER_ID.matcher(f.get(0)).matches() || !NATIONAL_ID.matcher(f.get(2)).matches()
        || !PHONE.matcher(f.get(3)).matches()) {
      return "OUT_OF_RANGE";
    }
    if (birth.isAfter(d) || open.isAfter(d)) {
      return "FUTURE_DATE";
    }
    customers.add(f.get(0));
    return null;
  }

  private String transaction(List<String> f, LocalDate d) {
    for (int i : new int[] {0, 1, 2, 3, 4, 5, 8}) {
      if (f.get(i).isEmpty()) {
        return "REQUIRED";
      }
    }
    LocalDateTime time = timestamp(f.get(2));
    if (time == null) {
      return "BAD_DATE";
    }
    BigDecimal amount = number(f.get(3));
    BigDecimal balance = f.get(9).isEmpty() ? BigDecimal.ZERO : number(f.get(9));
    if (amount == null || balance == null) {
      return "BAD_NUMBER";
    }
    String direction = f.get(4);
    String type = f.get(5);
    boolean typeOk = "CREDIT".equals(direction) ? TYPES_CREDIT.contains(type)
        : "DEBIT".equals(direction) && TYPES_DEBIT.contains(type);
    boolean categoryOk = "PURCHASE".equals(type) ? CATEGORIES.contains(f.get(6)) : f.get(6).isEmpty();
    if (!typeOk || !categoryOk || !CHANNELS.contains(f.get(8))) {
      return "BAD_CODE";
    }
    boolean transfer = type.startsWith("TRANSFER");
    if (transfer == f.get(7).isEmpty()) {
      return "BAD_CODE";
    }
    if (amount.signum() <= 0 || amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0 || balance.signum() < 0
        || amount.scale() > 2) {
      return "OUT_OF_RANGE";
    }
    if (!time.toLocalDate().equals(d)) {
      return "DATE_MISMATCH";
    }
    if (!customers.contains(f.get(1))) {
      return "UNKNOWN_CUSTOMER";
    }
    if (!txnIds.add(f.get(0))) {
      return "DUPLICATE";
    }
    return null;
  }

  private String statement(List<String> f, LocalDate d) {
    for (String v : f) {
      if (v.isEmpty()) {
        return "REQUIRED";
      }
    }
    LocalDate statementDate = date(f.get(3));
    LocalDate due = date(f.get(4));
    if (statementDate == null || due == null) {
      return "BAD_DATE";
    }
    BigDecimal amount = number(f.get(5));
    BigDecimal limit = number(f.get(6));
    if (amount == null || limit == null) {
      return "BAD_NUMBER";
    }
    if (!Set.of("CREDIT_LINE", "INSTALMENT_LOAN").contains(f.get(2))) {
      return "BAD_CODE";
    }
    if (amount.signum() < 0 || limit.signum() < 0 || !due.isAfter(statementDate)) {
      return "OUT_OF_RANGE";
    }
    if (!statementDate.equals(d)) {
      return "DATE_MISMATCH";
    }
    if (!customers.contains(f.get(1))) {
      return "UNKNOWN_CUSTOMER";
    }
    statementOwner.put(f.get(0), f.get(1));
    return null;
  }

  private String payment(List<String> f, LocalDate d) {
    for (String v : f) {
      if (v.isEmpty()) {
        return "REQUIRED";
      }
    }
    LocalDate paid = date(f.get(3));
    if (paid == null) {
      return "BAD_DATE";
    }
    BigDecimal amount = number(f.get(4));
    if (amount == null) {
      return "BAD_NUMBER";
    }
    if (amount.signum() <= 0) {
      return "OUT_OF_RANGE";
    }
    if (!paid.equals(d)) {
      return "DATE_MISMATCH";
    }
    if (!f.get(2).equals(statementOwner.get(f.get(1)))) {
      return "UNKNOWN_STATEMENT";
    }
    if (!paymentIds.add(f.get(0))) {
      return "DUPLICATE";
    }
    return null;
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDateTime timestamp(String s) {
    try {
      return LocalDateTime.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static BigDecimal number(String s) {
    if (!s.matches("-?\\d+(\\.\\d{1,2})?")) {
      return null;
    }
    return new BigDecimal(s);
  }
}
