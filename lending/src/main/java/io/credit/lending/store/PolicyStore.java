package io.credit.lending.store;

import io.credit.core.cli.BadInputException;
import io.credit.lending.policy.LoadedPolicy;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Records each policy version with the hash of its file in {@code policies}; a version that comes
 * back with different content is refused (a changed policy needs a new version). A new version is
 * also written to the platform's {@code audit_log} as a policy change.
 */
public final class PolicyStore {
  private final Jdbi jdbi;
  private final Clock clock;

  public PolicyStore(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Records the policy if new; returns {@code true} when it was not recorded before. */
  public boolean record(LoadedPolicy p, String actor) {
    return record(p, actor, null);
  }

  /**
   * Records the policy if new, with who ({@code actor}), when and why ({@code reason}, e.g. the
   * change ticket; may be null) in {@code audit_log}; returns {@code true} when it was not recorded before.
   */
  public boolean record(LoadedPolicy p, String actor, String reason) {
    String why = reason == null || reason.isBlank() ? "not given (first use of this version)" : reason.strip();
    return jdbi.inTransaction(h -> {
      Optional<String> hash = h.createQuery("select sha256 from policies where policy_version = :v")
          .bind("v", p.version()).mapTo(String.class).findOne();
      if (hash.isPresent()) {
        if (!hash.get().equals(p.sha256())) {
          throw new BadInputException("policy version " + p.version() + " is already recorded with different "
              + "content (sha256 " + hash.get().substring(0, 12) + "…, this file " + p.sha256().substring(0, 12)
              + "…): give the changed policy a new version");
        }
        return false;
      }
      LocalDateTime now = LocalDateTime.now(clock);
      h.createUpdate("insert into policies (policy_version, sha256, source, content, recorded_at) "
              + "values (:v, :h, :s, :c, :at)")
          .bind("v", p.version()).bind("h", p.sha256()).bind("s", truncate(p.source(), 500))
          .bind("c", p.content()).bind("at", now).execute();
      h.createUpdate("insert into audit_log (at_time, actor, action, subject, details) "
              + "values (:at, :actor, 'POLICY_RECORDED', :subject, :details)")
          .bind("at", now).bind("actor", actor).bind("subject", "policy:" + p.version())
          .bind("details", "sha256=" + p.sha256() + ";source=" + truncate(p.source(), 300) + ";reason="
              + truncate(why, 1000)).execute();
      return true;
    });
  }

  /** The recorded hash of a policy version. */
  public Optional<String> hashOf(String version) {
    return jdbi.withHandle(h -> h.createQuery("select sha256 from policies where policy_version = :v")
        .bind("v", version).mapTo(String.class).findOne());
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
