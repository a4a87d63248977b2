package io.credit.scoring.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data directory moved or copied after training still finds its model artifacts. */
class ModelRecordLocationTest {
  @TempDir Path dir;

  private static ModelRecord saved(String path) {
    return new ModelRecord("credit-scorecard", 1, "scorecard", ModelStage.CHAMPION, null, null, null, null, null, null,
        null, null, null, path, null);
  }

  @Test
  void anArtifactMissingAtItsSavedPathIsFoundUnderTheModelsFolder() throws Exception {
    Path models = dir.resolve("copy/models");
    Path artifact = Files.createDirectories(models.resolve("credit-scorecard/20261201-132637-473/model"));
    ModelRecord old = saved(dir.resolve("original/models/credit-scorecard/20261201-132637-473/model").toString());
    assertEquals(artifact.toString(), old.locatedUnder(models).artifactPath());
  }

  @Test
  void anArtifactAtItsSavedPathOrNowhereIsLeftAsItIs() throws Exception {
    Path here = Files.createDirectories(dir.resolve("models/credit-scorecard/s1/model"));
    assertEquals(here.toString(), saved(here.toString()).locatedUnder(dir.resolve("elsewhere")).artifactPath());
    String gone = dir.resolve("gone/models/credit-scorecard/s2/model").toString();
    assertEquals(gone, saved(gone).locatedUnder(dir.resolve("models")).artifactPath());
  }
}
