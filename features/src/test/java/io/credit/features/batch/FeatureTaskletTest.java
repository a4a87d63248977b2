package io.credit.features.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.credit.core.cli.BadInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The nightly step reads its date from the job parameter run.date, typed or as text. */
class FeatureTaskletTest {
  @Test
  void runDateFromATypedOrTextParameter() {
    LocalDate d = LocalDate.parse("2026-03-01");
    assertEquals(d, FeatureTasklet.runDate(new JobParametersBuilder().addLocalDate("run.date", d).toJobParameters()));
    assertEquals(d, FeatureTasklet.runDate(
        new JobParametersBuilder().addString("run.date", "2026-03-01").toJobParameters()));
  }

  @Test
  void missingRunDateIsBadInput() {
    assertThrows(BadInputException.class,
        () -> FeatureTasklet.runDate(new JobParametersBuilder().addString("other", "x").toJobParameters()));
  }
}
