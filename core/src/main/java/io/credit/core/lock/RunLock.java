package io.credit.core.lock;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A named lock in the database with a lease: only one process holds it at a time; the holder
 * renews the lease in the background; a holder that crashes (kill -9, power loss) stops renewing
 * and its lease expires, so the next run takes over without manual clean-up. A holder that was a
 * process on this machine and is no longer alive is taken over at once.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);

  private final Jdbi jdbi;
  private final String name;
  private final String owner;
  private final Duration lease;
  private final Clock clock;
  private final ScheduledExecutorService renewer;

  private RunLock(Jdbi jdbi, String name, String owner, Duration lease, Clock clock) {
    this.jdbi = jdbi;
    this.name = name;
    this.owner = owner;
    this.lease = lease;
    this.clock = clock;
    this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "run-lock-" + name);
      t.setDaemon(true);
      return t;
    });
    long period = Math.max(1, lease.toMillis() / 3);
    renewer.scheduleAtFixedRate(this::renew, period, period, TimeUnit.MILLISECONDS);
  }

  /** Who holds a lock and until when. */
  public record Holder(String owner, Instant acquiredAt, Instant leaseUntil) {}

  /** Takes the lock, or returns empty when a live holder has it. */
  public static Optional<RunLock> tryAcquire(Jdbi jdbi, String name, Duration lease) {
    return tryAcquire(jdbi, name, defaultOwner(), lease, Clock.systemUTC());
  }

  public static Optional<RunLock> tryAcquire(Jdbi jdbi, String name, String owner, Duration lease, Clock clock) {
    Instant now = clock.instant();
    Timestamp nowTs = Timestamp.from(now);
    Timestamp until = Timestamp.from(now.plus(lease));
    boolean acquired = jdbi.inTransaction(h -> {
      int taken = h.createUpdate("update run_lock set owner = :owner, acquired_at = :now, lease_until = :until "
              + "where lock_name = :name and lease_until < :now")
          .bind("owner", owner).bind("now", nowTs).bind("until", until).bind("name", name).execute();
      if (taken == 1) {
        return true;
      }
      Optional<String> current = h.createQuery("select owner from run_lock where lock_name = :name").bind("name", name)
          .mapTo(String.class).findOne();
      if (current.isPresent()) {
        // a holder that died on this machine (kill -9) takes no more work: no need to wait out its lease
        return deadOnThisHost(current.get()) && h.createUpdate("update run_lock set owner = :owner, acquired_at = :now, "
                + "lease_until = :until where lock_name = :name and owner = :old")
            .bind("owner", owner).bind("now", nowTs).bind("until", until).bind("name", name).bind("old", current.get())
            .execute() == 1;
      }
      h.createUpdate("insert into run_lock(lock_name, owner, acquired_at, lease_until) values (:name, :owner, :now, :until)")
          .bind("owner", owner).bind("now", nowTs).bind("until", until).bind("name", name).execute();
      return true;
    });
    return acquired ? Optional.of(new RunLock(jdbi, name, owner, lease, clock)) : Optional.empty();
  }

  /** Takes the lock, treating a concurrent insert by another process as "held". */
  public static Optional<RunLock> tryAcquireSafely(Jdbi jdbi, String name, Duration lease) {
    try {
      return tryAcquire(jdbi, name, lease);
    } catch (RuntimeException e) {
      LOG.debug("lock {} taken concurrently", name, e);
      return Optional.empty();
    }
  }

  public static Optional<Holder> holder(Jdbi jdbi, String name) {
    return jdbi.withHandle(h -> h.createQuery("select owner, acquired_at, lease_until from run_lock where lock_name = :name")
        .bind("name", name)
        .map((rs, ctx) -> new Holder(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()))
        .findOne());
  }

  private void renew() {
    try {
      Instant until = clock.instant().plus(lease);
      int n = jdbi.withHandle(h -> h.createUpdate(
              "update run_lock set lease_until = :until where lock_name = :name and owner = :owner")
          .bind("until", Timestamp.from(until)).bind("name", name).bind("owner", owner).execute());
      if (n == 0) {
        LOG.warn("lost the {} lock: another process took it over after the lease expired", name);
      }
    } catch (RuntimeException e) {
      LOG.warn("cannot renew the {} lock: {}", name, e.getMessage());
    }
  }

  public String owner() {
    return owner;
  }

  /**
   * Releases the lock (only if still ours). When the database cannot be reached the lock stays,
   * and the next run takes it over once this process has ended (same host) or the lease ran out.
   */
  @Override
  public void close() {
    renewer.shutdownNow();
    try {
      jdbi.useHandle(h -> h.createUpdate("delete from run_lock where lock_name = :name and owner = :owner")
          .bind("name", name).bind("owner", owner).execute());
    } catch (RuntimeException e) {
      LOG.warn("cannot release the {} lock ({}): the next run takes it over when this process has ended or "
          + "its lease of {} s has run out", name, e.getMessage(), lease.toSeconds());
    }
  }

  /**
   * Whether an owner ({@code host:pid:nonce}, as {@link #defaultOwner()} writes it) names this host and
   * a process that no longer lives. Owners of another form or host are never judged dead.
   */
  static boolean deadOnThisHost(String owner) {
    String[] parts = owner.split(":");
    if (parts.length != 3 || !parts[0].equals(hostName())) {
      return false;
    }
    long pid;
    try {
      pid = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return false;
    }
    return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  static String defaultOwner() {
    return hostName() + ":" + ProcessHandle.current().pid() + ":" + Long.toHexString(System.nanoTime());
  }

  private static String hostName() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.net.UnknownHostException e) {
      host = "unknown-host";
    }
    return host;
  }
}
