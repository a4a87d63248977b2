package io.credit.app.nightly;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Counts the Spark tasks of one nightly step: tasks of the stages submitted while it listens, and
 * how many of them ended successfully. Listens to the process's Spark session from the moment one
 * exists (the Spark steps create it on first use), so it adds no Spark session of its own.
 */
final class SparkTaskCounter extends SparkListener implements AutoCloseable {
  private final AtomicLong submitted = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private SparkContext attachedTo;

  /** Attaches to the default Spark session if there is one now; returns whether it listens. */
  synchronized boolean attachIfRunning() {
    if (attachedTo == null) {
      scala.Option<SparkSession> session = SparkSession.getDefaultSession();
      if (session.isDefined() && !session.get().sparkContext().isStopped()) {
        attachedTo = session.get().sparkContext();
        attachedTo.addSparkListener(this);
      }
    }
    return attachedTo != null;
  }

  long submitted() {
    return submitted.get();
  }

  long done() {
    return done.get();
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted event) {
    submitted.addAndGet(event.stageInfo().numTasks());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    if (event.taskInfo().successful()) {
      done.incrementAndGet();
    }
  }

  @Override
  public synchronized void close() {
    if (attachedTo != null) {
      attachedTo.removeSparkListener(this);
      attachedTo = null;
    }
  }
}
