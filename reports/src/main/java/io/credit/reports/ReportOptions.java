package io.credit.reports;

/**
 * How much detail the site carries.
 *
 * @param customersPerGroup     customer pages per group (declines, manual reviews, early warnings)
 * @param approvalSample        customer pages for a sample of approved customers
 * @param rejectExamplesPerRule masked example lines shown per file and rejection rule
 * @param topReasons            reason codes listed on the portfolio page
 */
public record ReportOptions(int customersPerGroup, int approvalSample, int rejectExamplesPerRule, int topReasons) {

  public ReportOptions {
    if (customersPerGroup < 0 || approvalSample < 0 || rejectExamplesPerRule < 0 || topReasons < 1) {
      throw new IllegalArgumentException("report options must not be negative: " + customersPerGroup + ", "
          + approvalSample + ", " + rejectExamplesPerRule + ", " + topReasons);
    }
  }

  public static ReportOptions defaults() {
    return new ReportOptions(100, 50, 3, 15);
  }
}
