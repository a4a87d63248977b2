package io.credit.ingestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small, deterministic day of input files for tests, with known bad lines. Each bad line
 * is recorded with its physical line number and the rule it must be rejected with.
 */
final class SampleInbox {
  static final String CUSTOMERS_HEADER = "customer_id,full_name,national_id,phone,birth_date,city,city_tier,device_id,"
      + "id_verified,phone_verified,account_open_date,consent_scoring,consent_sharing,fraud_flag,aml_flag";
  static final String TXN_HEADER =
      "txn_id,customer_id,txn_time,amount,direction,txn_type,category,counterparty_id,channel,balance_after";

  /** file name → (line number → expected rule). */
  final Map<String, Map<Long, String>> expected = new LinkedHashMap<>();
  final Map<String, Integer> dataLines = new LinkedHashMap<>();

  static String customer(int i, String city, int tier) {
    return String.format("C%08d,\"Name %d, Jr\",110101199001%06d,138%08d,1990-01-01,%s,%d,dev-%d,true,true,"
        + "2024-01-01,true,false,false,false", i, i, i, i, city, tier, i);
  }

  static String txn(LocalDate d, int i, int customer) {
    return String.format("T%s-%06d,C%08d,%sT10:%02d:00,%d.50,DEBIT,PURCHASE,GROCERY,,POS,1000.00", d, i, customer, d,
        i % 60, 10 + i % 90);
  }

  /** Writes {@code inbox/D/} with {@code customers} customers and {@code txns} transactions plus bad lines. */
  SampleInbox write(Path inbox, LocalDate d, int customers, int txns, boolean withBadLines) throws IOException {
    Path dir = inbox.resolve(d.toString());
    Files.createDirectories(dir);
    List<String> c = new ArrayList<>();
    c.add(CUSTOMERS_HEADER);
    for (int i = 1; i <= customers; i++) {
      c.add(customer(i, "Shanghai", 1));
    }
    Map<Long, String> cBad = new LinkedHashMap<>();
    if (withBadLines) {
      bad(c, cBad, customer(900, "X", 1).replace("C00000900", "X123"), "OUT_OF_RANGE");
      bad(c, cBad, customer(901, "Wuhan", 9), "OUT_OF_RANGE");
      bad(c, cBad, customer(902, "Wuhan", 2).replace("1990-01-01", "2990-01-01"), "FUTURE_DATE");
      bad(c, cBad, customer(903, "Wuhan", 2).replace(",2024-01-01,", ",2024-13-01,"), "BAD_DATE");
      bad(c, cBad, customer(904, "Wuhan", 2).replace("\"Name 904, Jr\"", "\"Name 904, Jr"), "MALFORMED_LINE");
    }
    write(dir.resolve("customers.csv"), c);
    expected.put("customers.csv", cBad);
    dataLines.put("customers.csv", c.size() - 1);

    List<String> s = new ArrayList<>();
    s.add("statement_id,customer_id,product,statement_date,due_date,amount_due,credit_limit");
    List<String> p = new ArrayList<>();
    p.add("payment_id,statement_id,customer_id,payment_date,amount");
    for (int i = 1; i <= Math.min(customers, 10); i++) {
      s.add(String.format("S%s-%d,C%08d,CREDIT_LINE,%s,%s,%d.00,5000.00", d, i, i, d, d.plusDays(20), 100 * i));
      p.add(String.format("P%s-%d,S%s-%d,C%08d,%s,%d.00", d, i, d, i, i, d, 10 * i));
    }
    Map<Long, String> sBad = new LinkedHashMap<>();
    Map<Long, String> pBad = new LinkedHashMap<>();
    if (withBadLines) {
      bad(s, sBad, String.format("S%s-x1,C99999999,CREDIT_LINE,%s,%s,1.00,5.00", d, d, d.plusDays(20)), "UNKNOWN_CUSTOMER");
      bad(s, sBad, String.format("S%s-x2,C00000001,MORTGAGE,%s,%s,1.00,5.00", d, d, d.plusDays(20)), "BAD_CODE");
      bad(p, pBad, String.format("P%s-x1,S-none,C00000001,%s,5.00", d, d), "UNKNOWN_STATEMENT");
      bad(p, pBad, String.format("P%s-x2,S%s-1,C00000001,%s,-5.00", d, d, d), "OUT_OF_RANGE");
    }
    write(dir.resolve("statements.csv"), s);
    write(dir.resolve("payments.csv"), p);
    expected.put("statements.csv", sBad);
    expected.put("payments.csv", pBad);
    dataLines.put("statements.csv", s.size() - 1);
    dataLines.put("payments.csv", p.size() - 1);

    List<String> t = new ArrayList<>();
    t.add(TXN_HEADER);
    for (int i = 1; i <= txns; i++) {
      t.add(txn(d, i, 1 + i % customers));
    }
    Map<Long, String> tBad = new LinkedHashMap<>();
    if (withBadLines) {
      bad(t, tBad, txn(d, 1, 1), "DUPLICATE");
      bad(t, tBad, txn(d, 900001, 1).replace("DEBIT,PURCHASE", "CREDIT,PURCHASE"), "BAD_CODE");
      bad(t, tBad, txn(d, 900002, 1).replace(",POS,", ",FAX,"), "BAD_CODE");
      bad(t, tBad, txn(d, 900003, 99999999), "UNKNOWN_CUSTOMER");
      bad(t, tBad, txn(d, 900004, 1).replace(d + "T", d.minusDays(1) + "T"), "DATE_MISMATCH");
      bad(t, tBad, txn(d, 900005, 1).replace(d + "T", d.plusDays(1) + "T"), "DATE_MISMATCH");
      bad(t, tBad, txn(d, 900006, 1).replace(",GROCERY,", ",,"), "REQUIRED");
      bad(t, tBad, txn(d, 900007, 1).replace(",1000.00", ",1000.00,extra"), "COLUMN_COUNT");
      bad(t, tBad, txn(d, 900008, 1).replaceFirst(",\\d+\\.50,", ",12x.50,"), "BAD_NUMBER");
      bad(t, tBad, txn(d, 900009, 1).replaceFirst(",\\d+\\.50,", ",0.00,"), "OUT_OF_RANGE");
      bad(t, tBad, txn(d, 900010, 1).replace("T10:", "T25:"), "BAD_DATE");
    }
    write(dir.resolve("transactions.csv"), t);
    if (withBadLines) {
      // a line with invalid UTF-8 bytes, appended raw
      byte[] badBytes = (txn(d, 900011, 1).replace("GROCERY", "GROC\u00ffERY") + "\n").getBytes(StandardCharsets.ISO_8859_1);
      Files.write(dir.resolve("transactions.csv"), badBytes, java.nio.file.StandardOpenOption.APPEND);
      tBad.put((long) t.size() + 1, "INVALID_ENCODING");
    }
    expected.put("transactions.csv", tBad);
    dataLines.put("transactions.csv", t.size() - 1 + (withBadLines ? 1 : 0));
    return this;
  }

  private static void bad(List<String> lines, Map<Long, String> expected, String line, String rule) {
    lines.add(line);
    expected.put((long) lines.size(), rule);
  }

  static void write(Path file, List<String> lines) throws IOException {
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
