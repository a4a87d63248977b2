package io.credit.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.core.model.Dimension;
import io.credit.features.catalog.CatalogMarkdown;
import io.credit.features.catalog.FeatureCatalog;
import io.credit.features.catalog.FeatureDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The catalogue is complete and the README shows exactly what the code defines. */
class FeatureCatalogTest {
  private static final Path README = Path.of(System.getProperty("project.root", ".."), "features", "README.md");

  @Test
  void everyDimensionHasFeaturesAndEveryFeatureIsDocumented() {
    FeatureCatalog catalog = FeatureCatalog.current();
    for (Dimension d : Dimension.values()) {
      assertFalse(catalog.of(d).isEmpty(), d + " has features");
    }
    for (FeatureDefinition f : catalog.features()) {
      assertFalse(f.definition().isBlank(), f.name());
      assertFalse(f.missingValue().isBlank(), f.name());
      assertFalse(f.reasonPhrase().isBlank(), f.name());
      assertTrue(f.windowDays() == 0 || f.name().contains(String.valueOf(f.windowDays())), f.name());
    }
    assertTrue(catalog.find("history_days").isPresent(), "scoring needs history_days for INSUFFICIENT_DATA");
    assertTrue(catalog.find("txn_count_365d").isPresent());
  }

  @Test
  void readmeCatalogueIsGeneratedFromTheCode() throws IOException {
    String text = Files.readString(README, StandardCharsets.UTF_8);
    String expected = CatalogMarkdown.replaceSection(text);
    if (Boolean.getBoolean("features.updateReadme")) {
      Files.writeString(README, expected, StandardCharsets.UTF_8);
      text = expected;
    }
    assertEquals(expected, text, "features/README.md is out of date: run ./credit features catalog --update "
        + "features/README.md (or mvn test -Dfeatures.updateReadme=true)");
  }
}
