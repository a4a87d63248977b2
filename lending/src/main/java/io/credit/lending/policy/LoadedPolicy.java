package io.credit.lending.policy;

/**
 * A validated policy with what identifies its file.
 *
 * @param policy  the policy
 * @param sha256  hex SHA-256 of the file's bytes
 * @param source  where it was read from (file path or classpath resource)
 * @param content the file's text, kept in the database for audit
 */
public record LoadedPolicy(LendingPolicy policy, String sha256, String source, String content) {
  public String version() {
    return policy.version();
  }
}
