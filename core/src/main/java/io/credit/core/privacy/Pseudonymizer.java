package io.credit.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash (HMAC-SHA256) of raw identifiers. The same key gives the same pseudonym, so joins
 * still work; without the key a pseudonym cannot be linked back to a national id or phone number.
 */
public final class Pseudonymizer {
  private final SecretKeySpec key;

  public Pseudonymizer(byte[] secret) {
    if (secret == null || secret.length < 16) {
      throw new IllegalArgumentException("pseudonymisation key must have at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  /** A stable pseudonym: a prefix and the first 16 hex digits (64 bits) of the HMAC. */
  public String pseudonym(String prefix, String raw) {
    return prefix + hex(raw).substring(0, 16);
  }

  /** The full 64-hex-digit HMAC of a value. */
  public String hex(String raw) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(raw.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
