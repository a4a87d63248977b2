package io.credit.ingestion.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a large, valid business day for the ingest benchmark (customers.csv and transactions.csv in
 * our own format). Deliberately simple and fast; the platform's realistic data comes from
 * {@code ./credit generate}.
 */
final class BenchDayWriter {
  private static final String[] CATEGORIES = {"GROCERY", "DINING", "TRANSPORT", "UTILITIES", "TELECOM", "FASHION",
      "ELECTRONICS", "ENTERTAINMENT"};
  private static final String[] CHANNELS = {"APP", "POS", "ONLINE"};

  private BenchDayWriter() {}

  static void write(Path dayDir, LocalDate d, int customers, long transactions) throws IOException {
    Files.createDirectories(dayDir);
    SplittableRandom random = new SplittableRandom(42);
    try (BufferedWriter w = Files.newBufferedWriter(dayDir.resolve("customers.csv"), StandardCharsets.UTF_8)) {
      w.write("customer_id,full_name,national_id,phone,birth_date,city,city_tier,device_id,id_verified,"
          + "phone_verified,account_open_date,consent_scoring,consent_sharing,fraud_flag,aml_flag\n");
      for (int i = 1; i <= customers; i++) {
        w.write(String.format("C%08d,Customer %d,110101%012d,1%010d,%d-0%d-1%d,City %d,%d,dev%d,true,true,"
                + "2020-01-01,true,false,false,false%n", i, i, i, i, 1950 + i % 50, 1 + i % 9, i % 9, i % 300,
            1 + i % 4, i));
      }
    }
    StringBuilder line = new StringBuilder(128);
    try (BufferedWriter w = Files.newBufferedWriter(dayDir.resolve("transactions.csv"), StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
      w.write("txn_id,customer_id,txn_time,amount,direction,txn_type,category,counterparty_id,channel,balance_after\n");
      for (long i = 1; i <= transactions; i++) {
        int customer = 1 + random.nextInt(customers);
        int kind = random.nextInt(10);
        line.setLength(0);
        line.append('T').append(d.toString().replace("-", "")).append(i).append(",C");
        pad8(line, customer);
        line.append(',').append(d).append('T');
        two(line, random.nextInt(24));
        line.append(':');
        two(line, random.nextInt(60));
        line.append(':');
        two(line, random.nextInt(60));
        line.append(',').append(1 + random.nextInt(5000)).append('.').append(random.nextInt(10)).append(random.nextInt(10));
        if (kind < 7) {
          line.append(",DEBIT,PURCHASE,").append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append(",,");
        } else if (kind == 7) {
          line.append(",DEBIT,TRANSFER_OUT,,C");
          pad8(line, 1 + random.nextInt(customers));
          line.append(',');
        } else if (kind == 8) {
          line.append(",CREDIT,SALARY,,,");
        } else {
          line.append(",DEBIT,BILL_PAYMENT,,,");
        }
        line.append(CHANNELS[random.nextInt(CHANNELS.length)]).append(',').append(random.nextInt(100000)).append(".00\n");
        w.append(line);
      }
    }
  }

  private static void pad8(StringBuilder b, int n) {
    String s = Integer.toString(n);
    for (int k = s.length(); k < 8; k++) {
      b.append('0');
    }
    b.append(s);
  }

  private static void two(StringBuilder b, int n) {
    if (n < 10) {
      b.append('0');
    }
    b.append(n);
  }
}
