package io.credit.lending.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.cli.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
  @Test
  void keyFileHoldsHashesOnlyAndAuthenticatesByHash(@TempDir Path dir) throws Exception {
    String a = ApiKeys.newKey();
    String b = ApiKeys.newKey();
    Path file = dir.resolve("keys.yaml");
    Files.writeString(file, "keys:\n"
        + "  - name: all\n    sha256: " + ApiKeys.hash(a) + "\n    products: [\"*\"]\n"
        + "  - name: rentals\n    sha256: " + ApiKeys.hash(b) + "\n    products: [RENTAL_APARTMENT]\n");
    assertFalse(Files.readString(file).contains(a), "the file never holds a key");
    ApiKeys keys = ApiKeys.load(file);
    assertEquals("all", keys.authenticate(a).orElseThrow().name());
    ApiClient rentals = keys.authenticate(b).orElseThrow();
    assertTrue(rentals.mayRead("RENTAL_APARTMENT"));
    assertFalse(rentals.mayRead("CREDIT_LINE"));
    assertTrue(keys.authenticate(ApiKeys.hash(a)).isEmpty(), "the hash itself is not a key");
    assertTrue(keys.authenticate(null).isEmpty());
    assertTrue(keys.authenticate("").isEmpty());
    assertTrue(keys.authenticate(a.substring(1)).isEmpty());
  }

  @Test
  void badKeyFilesAreExplained(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys.yaml");
    Files.writeString(file, "keys:\n  - name: x\n    sha256: not-a-hash\n    products: [\"../etc\"]\n");
    String msg = assertThrows(BadInputException.class, () -> ApiKeys.load(file)).getMessage();
    assertTrue(msg.contains("keys[0].sha256") && msg.contains("keys[0].products: not a product code: ../etc"), msg);
    Files.writeString(file, "keys:\n  - name: x\n    key: plain\n");
    assertTrue(assertThrows(BadInputException.class, () -> ApiKeys.load(file)).getMessage().contains("invalid"));
    assertTrue(assertThrows(BadInputException.class, () -> ApiKeys.load(dir.resolve("none.yaml"))).getMessage()
        .contains("API key file not found"));
  }
}
