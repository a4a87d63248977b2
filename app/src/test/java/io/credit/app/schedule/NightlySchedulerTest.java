package io.credit.app.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NightlySchedulerTest {
  private static final ZoneId UTC = ZoneOffset.UTC;

  /** A clock the sleeper moves forward, so ticks happen at once. */
  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    @Override
    public ZoneId getZone() {
      return UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void catchesUpMissedDatesInOrderSkippingCompletedOnes() throws InterruptedException {
    Set<LocalDate> completed = new HashSet<>(Set.of(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 20)));
    List<LocalDate> ran = new ArrayList<>();
    List<ZonedDateTime> wakeUps = new ArrayList<>();
    MovableClock clock = new MovableClock(Instant.parse("2026-11-22T12:00:00Z"));
    NightlyScheduler scheduler = new NightlyScheduler("0 30 1 * * *", UTC, clock, when -> {
      wakeUps.add(when);
      clock.now = when.toInstant().plusSeconds(1);
    }, LocalDate.of(2026, 11, 18), () -> completed, date -> {
      ran.add(date);
      completed.add(date);
      return 0;
    });

    scheduler.run(2);

    assertEquals(List.of(ZonedDateTime.parse("2026-11-23T01:30Z"), ZonedDateTime.parse("2026-11-24T01:30Z")), wakeUps);
    // first tick (23rd): 19th, 21st, 22nd; second tick (24th): 23rd
    assertEquals(List.of(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22),
        LocalDate.of(2026, 11, 23)), ran);
  }

  @Test
  void aFailedDateStopsTheCatchUpAndIsRetriedAtTheNextTick() {
    Set<LocalDate> completed = new HashSet<>();
    List<LocalDate> ran = new ArrayList<>();
    int[] failuresLeft = {1};
    NightlyScheduler scheduler = new NightlyScheduler("0 30 1 * * *", UTC, Clock.systemUTC(), when -> { },
        LocalDate.of(2026, 11, 20), () -> completed, date -> {
          ran.add(date);
          if (date.equals(LocalDate.of(2026, 11, 21)) && failuresLeft[0]-- > 0) {
            return 1;
          }
          completed.add(date);
          return 0;
        });

    assertEquals(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21)), scheduler.tick(LocalDate.of(2026, 11, 23)));
    assertEquals(List.of(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22)), scheduler.tick(LocalDate.of(2026, 11, 23)));
    assertEquals(List.of(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 21),
        LocalDate.of(2026, 11, 22)), ran);
  }

  @Test
  void rejectsAnInvalidCronExpressionWithTheExpectedSyntax() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NightlyScheduler(
        "30 1 * * *", UTC, Clock.systemUTC(), when -> { }, LocalDate.now(), Set::of, d -> 0));
    assertEquals(true, e.getMessage().contains("six fields"));
  }
}
