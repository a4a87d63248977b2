package io.credit.app.nightly;

/**
 * A one-line text progress bar, e.g. {@code [2/5] features [########------------]  40% 96/240 Spark tasks, 12 s}:
 * the share of work done out of the work known so far, never more than full.
 */
final class ProgressBar {
  static final int WIDTH = 20;

  private ProgressBar() {}

  /** The line for a step with {@code done} of {@code total} units of {@code unit} after {@code seconds}. */
  static String render(String label, long done, long total, String unit, long seconds) {
    long shownDone = Math.max(0, Math.min(done, total));
    int filled = total <= 0 ? 0 : (int) (WIDTH * shownDone / total);
    int percent = total <= 0 ? 0 : (int) (100 * shownDone / total);
    return String.format("%s [%s%s] %3d%% %d/%d %s, %d s", label, "#".repeat(filled), "-".repeat(WIDTH - filled),
        percent, shownDone, total, unit, seconds);
  }

  /** The line for a step whose amount of work is not known (yet): its elapsed time only. */
  static String elapsed(String label, long seconds) {
    return String.format("%s … %d s", label, seconds);
  }
}
