package io.credit.reports.read;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** What ingestion and Spring Batch recorded about the run of one business date. */
public interface RunReads {
  @SqlQuery("select file_name, rows_read, rows_loaded, rows_rejected, rows_duplicate, status, started_at, finished_at "
      + "from ingest_file_stats where run_date = :d order by file_name")
  @RegisterConstructorMapper(FileStat.class)
  List<FileStat> fileStats(@Bind("d") LocalDate date);

  @SqlQuery("select file_name, rule, count(*) as rejected from ingest_rejects where run_date = :d "
      + "group by file_name, rule order by count(*) desc, file_name, rule")
  @RegisterConstructorMapper(RuleCount.class)
  List<RuleCount> rejectsByRule(@Bind("d") LocalDate date);

  /** The first {@code perRule} rejected lines of each file and rule. */
  @SqlQuery("select file_name, line_number, rule, message, raw_masked from ("
      + " select r.*, row_number() over (partition by r.file_name, r.rule order by r.line_number) as rn"
      + " from ingest_rejects r where r.run_date = :d) t where rn <= :n order by file_name, rule, line_number")
  @RegisterConstructorMapper(RejectExample.class)
  List<RejectExample> rejectExamples(@Bind("d") LocalDate date, @Bind("n") int perRule);

  /** Steps of every job execution whose {@code run.date} parameter is the date, in start order. */
  @SqlQuery("select i.job_name, s.step_name, s.start_time, s.end_time, s.status, s.read_count, s.write_count"
      + " from batch_step_execution s"
      + " join batch_job_execution e on e.job_execution_id = s.job_execution_id"
      + " join batch_job_instance i on i.job_instance_id = e.job_instance_id"
      + " join batch_job_execution_params p on p.job_execution_id = e.job_execution_id"
      + "  and p.parameter_name = 'run.date' and p.parameter_value = :d"
      + " order by s.start_time, s.step_execution_id")
  @RegisterConstructorMapper(StepTiming.class)
  List<StepTiming> stepTimings(@Bind("d") String isoDate);
}
