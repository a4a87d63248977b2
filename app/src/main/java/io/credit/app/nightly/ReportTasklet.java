package io.credit.app.nightly;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import io.credit.reports.ReportOptions;
import io.credit.reports.ReportService;
import io.credit.reports.ReportSummary;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The nightly job's last step: the static report site for credit officers, {@code <data-dir>/reports/D/}. */
public class ReportTasklet implements Tasklet {
  private final PlatformConfig config;
  private final Database database;

  public ReportTasklet(PlatformConfig config, Database database) {
    this.config = config;
    this.database = database;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
    NightlyParameters p = NightlyParameters.from(contribution.getStepExecution().getJobParameters());
    ReportSummary r = new ReportService(database.jdbi(), config.dataDir())
        .generate(p.runDate(), config.reportsDir().resolve(p.runDate().toString()), ReportOptions.defaults());
    var context = contribution.getStepExecution().getExecutionContext();
    context.putString("report.index", r.outDir().resolve("index.html").toString());
    context.putLong("report.pages", r.pages());
    context.putString("report.psi", r.psiVerdict());
    return RepeatStatus.FINISHED;
  }
}
