package io.credit.lending.api;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * One published eligibility snapshot held in memory, read-only, in a compact columnar form: the API
 * answers from it without a database round trip. Per request, the database path cost an H2 query
 * that decoded whole pages of the 6-million-row table (a third of the server's allocation under
 * load, and the garbage behind its GC pauses); here a lookup is a binary search and a few small
 * objects.
 *
 * <p>Customers are kept by the 8-digit number of their id ({@code C} + 8 digits, the API's id
 * contract; rows with other ids cannot be requested and are not kept). Every repeated value
 * (product, decision, band, amounts, reason lists, versions, dates) is stored once and referenced by
 * index: about 30 bytes per decision, 180 MB for 1,000,000 customers with 6 products each.
 */
final class ServedSnapshot {
  private static final int NONE = -1;
  private static final short NO_SCORE = Short.MIN_VALUE;

  private final long snapshotId;
  private final int[] customers;
  private final int[] firstRow;
  private final byte[] product;
  private final byte[] decision;
  private final byte[] band;
  private final short[] score;
  private final int[] creditLimit;
  private final int[] depositWaived;
  private final int[] reasons;
  private final int[] modelVersion;
  private final int[] policyVersion;
  private final int[] runDate;
  private final Values<String> products;
  private final Values<String> decisionValues;
  private final Values<String> bands;
  private final Values<String> versions;
  private final Values<BigDecimal> amounts;
  private final List<List<String>> reasonLists;
  private final Values<LocalDate> dates;

  private ServedSnapshot(Loader l) {
    this.snapshotId = l.snapshotId;
    this.customers = Arrays.copyOf(l.customers, l.customerCount);
    this.firstRow = Arrays.copyOf(l.firstRow, l.customerCount + 1);
    this.firstRow[l.customerCount] = l.rows;
    // the per-decision arrays were sized by the snapshot's record and are usually full: kept as they are
    // (a copy of each would double the load's peak, 180 MB more for 1,000,000 customers)
    this.product = fit(l.product, l.rows);
    this.decision = fit(l.decision, l.rows);
    this.band = fit(l.band, l.rows);
    this.score = fit(l.score, l.rows);
    this.creditLimit = fit(l.creditLimit, l.rows);
    this.depositWaived = fit(l.depositWaived, l.rows);
    this.reasons = fit(l.reasons, l.rows);
    this.modelVersion = fit(l.modelVersion, l.rows);
    this.policyVersion = fit(l.policyVersion, l.rows);
    this.runDate = fit(l.runDate, l.rows);
    this.products = l.products;
    this.decisionValues = l.decisionValues;
    this.bands = l.bands;
    this.versions = l.versions;
    this.amounts = l.amounts;
    this.reasonLists = l.reasonTexts.values.stream()
        .map(text -> text.isEmpty() ? List.<String>of() : List.of(text.split("\n"))).toList();
    this.dates = l.dates;
  }

  private static byte[] fit(byte[] values, int length) {
    return values.length == length ? values : Arrays.copyOf(values, length);
  }

  private static short[] fit(short[] values, int length) {
    return values.length == length ? values : Arrays.copyOf(values, length);
  }

  private static int[] fit(int[] values, int length) {
    return values.length == length ? values : Arrays.copyOf(values, length);
  }

  long snapshotId() {
    return snapshotId;
  }

  int customers() {
    return customers.length;
  }

  int decisions() {
    return product.length;
  }

  /** Bytes a snapshot of this many rows and customers takes, roughly (for the heap check before a load). */
  static long estimatedBytes(long rows, long customers) {
    return rows * 30 + customers * 8;
  }

  /** The customer's decisions, ordered by product; empty when the customer is not in the snapshot. */
  List<DecisionView> decisions(String customerId) {
    if (!EligibilityServer.CUSTOMER_ID.matcher(customerId).matches()) {
      return List.of();
    }
    int i = Arrays.binarySearch(customers, Integer.parseInt(customerId, 1, customerId.length(), 10));
    if (i < 0) {
      return List.of();
    }
    List<DecisionView> out = new ArrayList<>(firstRow[i + 1] - firstRow[i]);
    for (int r = firstRow[i]; r < firstRow[i + 1]; r++) {
      out.add(new DecisionView(products.get(product[r]), decisionValues.get(decision[r]),
          amounts.get(creditLimit[r]), amounts.get(depositWaived[r]), reasonLists.get(reasons[r]),
          score[r] == NO_SCORE ? null : (int) score[r], bands.get(band[r]), versions.get(modelVersion[r]),
          versions.get(policyVersion[r]), dates.get(runDate[r])));
    }
    return out;
  }

  /**
   * The snapshot's rows in primary-key order. {@code snapshot_id} leads the ORDER BY although it is
   * fixed by the WHERE clause: H2 then reads the primary key (snapshot_id, customer_id, product) in
   * order, while {@code order by customer_id, product} made it sort all six million rows of a
   * 1,000,000-customer snapshot in a temporary store first (most of the load's garbage).
   */
  static final String LOAD_SQL = "select customer_id, product, decision, credit_limit, deposit_waived, score, band, "
      + "model_version, policy_version, run_date, reasons from eligibility where snapshot_id = :id "
      + "order by snapshot_id, customer_id, product";

  /** Reads snapshot {@code snapshotId} (which holds {@code rows} decisions) in customer and product order. */
  static ServedSnapshot load(Handle handle, long snapshotId, int rows) {
    Loader loader = new Loader(snapshotId, rows);
    handle.createQuery(LOAD_SQL)
        .bind("id", snapshotId)
        .setFetchSize(10_000)
        .scanResultSet((supplier, ctx) -> {
          try (ResultSet rs = supplier.get()) {
            while (rs.next()) {
              loader.add(rs);
            }
          }
          return null;
        });
    if (loader.read != rows) {
      throw new IllegalStateException("snapshot " + snapshotId + " has " + loader.read + " rows, its record says "
          + rows);
    }
    return new ServedSnapshot(loader);
  }

  /** Distinct values, each stored once; index {@code -1} stands for null. */
  private static final class Values<T> {
    private final Map<T, Integer> index = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int indexOf(T value) {
      return value == null ? NONE : index.computeIfAbsent(value, v -> {
        values.add(v);
        return values.size() - 1;
      });
    }

    T get(int i) {
      return i == NONE ? null : values.get(i);
    }
  }

  /** Accumulates rows in customer order into arrays sized for the snapshot. */
  private static final class Loader {
    final long snapshotId;
    final int[] customers;
    final int[] firstRow;
    final byte[] product;
    final byte[] decision;
    final byte[] band;
    final short[] score;
    final int[] creditLimit;
    final int[] depositWaived;
    final int[] reasons;
    final int[] modelVersion;
    final int[] policyVersion;
    final int[] runDate;
    final Values<String> products = new Values<>();
    final Values<String> decisionValues = new Values<>();
    final Values<String> bands = new Values<>();
    final Values<String> versions = new Values<>();
    final Values<BigDecimal> amounts = new Values<>();
    final Values<String> reasonTexts = new Values<>();
    final Values<LocalDate> dates = new Values<>();
    int customerCount;
    int rows;
    int read;
    private String lastCustomer;

    Loader(long snapshotId, int expectedRows) {
      this.snapshotId = snapshotId;
      customers = new int[expectedRows];
      firstRow = new int[expectedRows + 1];
      product = new byte[expectedRows];
      decision = new byte[expectedRows];
      band = new byte[expectedRows];
      score = new short[expectedRows];
      creditLimit = new int[expectedRows];
      depositWaived = new int[expectedRows];
      reasons = new int[expectedRows];
      modelVersion = new int[expectedRows];
      policyVersion = new int[expectedRows];
      runDate = new int[expectedRows];
    }

    void add(ResultSet rs) throws SQLException {
      read++;
      String customerId = rs.getString(1);
      if (!EligibilityServer.CUSTOMER_ID.matcher(customerId).matches()) {
        return;
      }
      if (rows == product.length) {
        throw new IllegalStateException("snapshot " + snapshotId + " has more rows than its record says");
      }
      if (!customerId.equals(lastCustomer)) {
        customers[customerCount] = Integer.parseInt(customerId, 1, customerId.length(), 10);
        firstRow[customerCount++] = rows;
        lastCustomer = customerId;
      }
      int r = rows++;
      product[r] = small(products.indexOf(rs.getString(2)), "products");
      decision[r] = small(decisionValues.indexOf(rs.getString(3)), "decision values");
      creditLimit[r] = amounts.indexOf(rs.getBigDecimal(4));
      depositWaived[r] = amounts.indexOf(rs.getBigDecimal(5));
      int s = rs.getInt(6);
      if (!rs.wasNull() && (s < 0 || s > Short.MAX_VALUE)) {
        throw new IllegalStateException("score " + s + " outside 0–" + Short.MAX_VALUE + " in snapshot " + snapshotId);
      }
      score[r] = rs.wasNull() ? NO_SCORE : (short) s;
      band[r] = small(bands.indexOf(rs.getString(7)), "bands");
      modelVersion[r] = versions.indexOf(rs.getString(8));
      policyVersion[r] = versions.indexOf(rs.getString(9));
      Date d = rs.getDate(10);
      runDate[r] = dates.indexOf(d == null ? null : d.toLocalDate());
      String text = rs.getString(11);
      reasons[r] = reasonTexts.indexOf(text == null ? "" : text);
    }

    /** A string index that must fit a byte: products, decisions and bands are short enumerations. */
    private byte small(int index, String what) {
      if (index > Byte.MAX_VALUE) {
        throw new IllegalStateException("more than " + Byte.MAX_VALUE + " distinct strings among " + what
            + " in snapshot " + snapshotId);
      }
      return (byte) index;
    }
  }
}
