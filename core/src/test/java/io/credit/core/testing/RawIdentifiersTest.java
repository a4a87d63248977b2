package io.credit.core.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RawIdentifiersTest {
  @Test
  void findsIdsAndPhonesButNotJUnitsTemporaryFolderNames() {
    assertTrue(RawIdentifiers.in("x 11010119900307123X y"));
    assertTrue(RawIdentifiers.in("tel 13812345678."));
    assertFalse(RawIdentifiers.in("file:///tmp/junit-318338908145470289/data/features/v=1"), "a JUnit folder");
    assertFalse(RawIdentifiers.in("/tmp/junit318338908145470289/inbox/2025-01-01"));
    assertTrue(RawIdentifiers.in("/tmp/junit-318338908145470289/inbox/110101199003071234.csv"),
        "an id in a file name under it still counts");
    assertFalse(RawIdentifiers.in("C00000123 scored 650"));
  }
}
