package io.credit.ingestion;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Runs one ingest in a separate JVM, so that a test can kill it with SIGKILL. Args: data-dir inbox date.
 * A daemon thread prints the job's progress ({@code PROGRESS <step> <read_count> <status>}) read from
 * the job repository, so the test can choose its moment without connecting to the child's database.
 */
public final class ChildIngest {
  private ChildIngest() {}

  public static void main(String[] args) {
    PlatformConfig config = PlatformConfig.defaults().withDataDir(Path.of(args[0])).withInboxDir(Path.of(args[1]));
    LocalDate date = LocalDate.parse(args[2]);
    try (Database db = Database.open(config); IngestRunner runner = new IngestRunner(config, db)) {
      Thread progress = new Thread(() -> report(db), "progress");
      progress.setDaemon(true);
      progress.start();
      IngestResult r = runner.ingest(IngestRequest.inbox(date, config.inboxDir()).withMaxRejectRate(0.5));
      System.out.println("child finished: " + r.outcome());
    }
  }

  private static void report(Database db) {
    while (true) {
      try {
        db.jdbi().useHandle(h -> h.createQuery(
                "select step_name, read_count, status from batch_step_execution order by step_execution_id desc limit 1")
            .map((rs, ctx) -> "PROGRESS " + rs.getString(1) + " " + rs.getLong(2) + " " + rs.getString(3))
            .findOne().ifPresent(line -> {
              System.out.println(line);
              System.out.flush();
            }));
        Thread.sleep(2);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // the job has not created its tables yet, or the pool is closing
      }
    }
  }
}
