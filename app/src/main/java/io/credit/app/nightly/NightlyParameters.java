package io.credit.app.nightly;

import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * Parameters of one {@code nightly} run: the business date (identifying {@value #RUN_DATE}), a
 * force counter (identifying, only when a completed date is run again), and non-identifying
 * settings.
 */
public record NightlyParameters(LocalDate runDate, long forceRun, String model, double maxRejectRate) {
  public static final String RUN_DATE = "run.date";
  public static final String FORCE_RUN = "force.run";

  public static NightlyParameters from(JobParameters p) {
    return new NightlyParameters(LocalDate.parse(p.getString(RUN_DATE)), p.getLong(FORCE_RUN, 0L),
        p.getString("model"), p.getDouble("max.reject.rate", 0.05));
  }

  public JobParameters toJobParameters() {
    JobParametersBuilder b = new JobParametersBuilder()
        .addString(RUN_DATE, runDate.toString(), true)
        .addString("model", model, false)
        .addDouble("max.reject.rate", maxRejectRate, false)
        .addLong("launcher.pid", ProcessHandle.current().pid(), false);
    if (forceRun > 0) {
      b.addLong(FORCE_RUN, forceRun, true);
    }
    return b.toJobParameters();
  }
}
