package io.credit.generator;

/** What a generator run wrote. */
public record GenerationSummary(int customers, int days, long customerRows, long transactionRows,
    long statementRows, long paymentRows, long dirtyRows, double seconds, String out) {

  public long totalRows() {
    return customerRows + transactionRows + statementRows + paymentRows + dirtyRows;
  }

  public double rowsPerSecond() {
    return seconds > 0 ? totalRows() / seconds : 0;
  }
}
