package io.credit.ingestion.store;

import io.credit.ingestion.validate.CustomerRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tables {@code customers} and {@code customer_history}. An upsert keeps the first-seen date and
 * records a history row when city, city tier or device changed (and on first sight), so that
 * repeating the same upsert changes nothing.
 */
public final class CustomerStore {
  private static final String COLUMNS = "customer_id, national_id_hash, phone_hash, birth_date, city, city_tier, "
      + "device_hash, id_verified, phone_verified, account_open_date, consent_scoring, consent_sharing, fraud_flag, "
      + "aml_flag, first_seen_date, updated_date";
  private static final String PARAMS = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";

  private final JdbcTemplate jdbc;
  private final String upsert;

  public CustomerStore(JdbcTemplate jdbc, boolean postgres) {
    this.jdbc = jdbc;
    this.upsert = postgres
        ? "insert into customers (" + COLUMNS + ") values (" + PARAMS + ") on conflict (customer_id) do update set "
            + updates() + ", first_seen_date = customers.first_seen_date"
        : "merge into customers (" + COLUMNS + ") key (customer_id) values (" + PARAMS + ")";
  }

  private static String updates() {
    List<String> sets = new ArrayList<>();
    for (String c : COLUMNS.split(", ")) {
      if (!c.equals("customer_id") && !c.equals("first_seen_date")) {
        sets.add(c + " = excluded." + c);
      }
    }
    return String.join(", ", sets);
  }

  /** Every stored customer id. */
  public Set<String> ids() {
    Set<String> ids = new HashSet<>();
    jdbc.query("select customer_id from customers", rs -> {
      ids.add(rs.getString(1));
    });
    return ids;
  }

  private record Tracked(String city, Integer tier, String device, LocalDate firstSeen) {}

  public void upsert(List<CustomerRecord> records, LocalDate runDate) {
    if (records.isEmpty()) {
      return;
    }
    Map<String, CustomerRecord> latest = new java.util.LinkedHashMap<>();
    records.forEach(r -> latest.put(r.customerId(), r));
    Map<String, Tracked> existing = existing(latest.keySet());
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> history = new ArrayList<>();
    for (CustomerRecord r : latest.values()) {
      Tracked before = existing.get(r.customerId());
      LocalDate firstSeen = before == null ? runDate : before.firstSeen();
      rows.add(new Object[] {r.customerId(), r.nationalIdHash(), r.phoneHash(), r.birthDate(), r.city(), r.cityTier(),
          r.deviceHash(), r.idVerified(), r.phoneVerified(), r.accountOpenDate(), r.consentScoring(),
          r.consentSharing(), r.fraudFlag(), r.amlFlag(), firstSeen, runDate});
      if (before == null || !Objects.equals(before.city(), r.city()) || !Objects.equals(before.tier(), r.cityTier())
          || !Objects.equals(before.device(), r.deviceHash())) {
        history.add(new Object[] {r.customerId(), runDate, r.city(), r.cityTier(), r.deviceHash()});
      }
    }
    jdbc.batchUpdate(upsert, rows);
    if (!history.isEmpty()) {
      jdbc.batchUpdate("delete from customer_history where customer_id = ? and valid_from = ?",
          history.stream().map(h -> new Object[] {h[0], h[1]}).toList());
      jdbc.batchUpdate("insert into customer_history (customer_id, valid_from, city, city_tier, device_hash) "
          + "values (?, ?, ?, ?, ?)", history);
    }
  }

  private Map<String, Tracked> existing(Collection<String> ids) {
    Map<String, Tracked> out = new HashMap<>();
    List<String> list = new ArrayList<>(ids);
    for (int from = 0; from < list.size(); from += 500) {
      List<String> part = list.subList(from, Math.min(list.size(), from + 500));
      String in = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
      jdbc.query("select customer_id, city, city_tier, device_hash, first_seen_date from customers where customer_id in ("
          + in + ")", rs -> {
            out.put(rs.getString(1), new Tracked(rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                rs.getString(4), rs.getObject(5, LocalDate.class)));
          }, part.toArray());
    }
    return out;
  }

  /**
   * Registers ids not yet stored as customers with unknown identity attributes (for sources without
   * a customer file): identity hashes, birth date and city stay null, the account counts as opened when
   * first seen, and every flag and consent is false (no consent is known, so such customers are not
   * scored). Returns how many were new.
   */
  public int registerUnknown(Collection<String> ids, LocalDate runDate) {
    Set<String> known = existing(ids).keySet();
    List<Object[]> rows = ids.stream().filter(id -> !known.contains(id))
        .map(id -> new Object[] {id, runDate, runDate, runDate}).toList();
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("insert into customers (customer_id, id_verified, phone_verified, account_open_date, "
          + "consent_scoring, consent_sharing, fraud_flag, aml_flag, first_seen_date, updated_date) "
          + "values (?, false, false, ?, false, false, false, false, ?, ?)", rows);
    }
    return rows.size();
  }
}
