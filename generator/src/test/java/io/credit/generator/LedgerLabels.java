package io.credit.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels read straight from the generated ledger files (independently of the features module):
 * a customer is bad when a statement reaches {@code dpdLimit} days past due inside (asOf, end];
 * customers already that far past due at asOf, or with no statement due in the window, are left out.
 */
final class LedgerLabels {
  private LedgerLabels() {}

  record Statement(String customer, LocalDate due, double amount) {}

  static Map<String, Boolean> of(Path dir, LocalDate from, LocalDate to, LocalDate asOf, int dpdLimit, LocalDate end)
      throws IOException {
    Map<String, Statement> statements = new HashMap<>();
    Map<String, LocalDate> paid = new HashMap<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      List<String> s = Files.readAllLines(dir.resolve(d.toString()).resolve("statements.csv"));
      for (String line : s.subList(1, s.size())) {
        String[] f = line.split(",");
        statements.put(f[0], new Statement(f[1], LocalDate.parse(f[4]), Double.parseDouble(f[5])));
      }
      List<String> p = Files.readAllLines(dir.resolve(d.toString()).resolve("payments.csv"));
      for (String line : p.subList(1, p.size())) {
        String[] f = line.split(",");
        paid.put(f[1], LocalDate.parse(f[3]));
      }
    }
    Map<String, Boolean> labels = new HashMap<>();
    Map<String, Boolean> alreadyBad = new HashMap<>();
    for (Map.Entry<String, Statement> e : statements.entrySet()) {
      Statement st = e.getValue();
      LocalDate paidOn = paid.get(e.getKey());
      LocalDate breach = st.due().plusDays(dpdLimit);
      boolean breached = paidOn == null ? !breach.isAfter(to) : ChronoUnit.DAYS.between(st.due(), paidOn) >= dpdLimit;
      if (breached && !breach.isAfter(asOf)) {
        alreadyBad.put(st.customer(), true);
      }
      boolean exposed = st.due().isAfter(asOf) && !st.due().isAfter(end);
      boolean badInWindow = breached && breach.isAfter(asOf) && !breach.isAfter(end);
      if (exposed || badInWindow) {
        labels.merge(st.customer(), badInWindow, Boolean::logicalOr);
      }
    }
    alreadyBad.keySet().forEach(labels::remove);
    return labels;
  }

  /** Area under the ROC curve of rows {score, label}, ties counted half (Mann–Whitney). */
  static double auc(List<double[]> rows) {
    List<double[]> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingDouble(r -> r[0]));
    double rankSumBad = 0;
    long bads = 0;
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j < sorted.size() && sorted.get(j)[0] == sorted.get(i)[0]) {
        j++;
      }
      double avgRank = (i + 1 + j) / 2.0;
      for (int k = i; k < j; k++) {
        if (sorted.get(k)[1] == 1) {
          rankSumBad += avgRank;
          bads++;
        }
      }
      i = j;
    }
    long goods = sorted.size() - bads;
    return (rankSumBad - bads * (bads + 1) / 2.0) / ((double) bads * goods);
  }
}
