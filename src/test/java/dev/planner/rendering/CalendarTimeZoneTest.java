package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarTimeZoneTest {
  @Test
  void coversTheYearWithTheChangeInForceAtItsStartAndBothChangesWithin() {
    assertThat(CalendarTimeZone.lines(ZoneId.of("Europe/Paris"), 2024, 2024)).containsExactly(
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
        "BEGIN:STANDARD", "DTSTART:20231029T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:20240331T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
        "BEGIN:STANDARD", "DTSTART:20241027T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "END:VTIMEZONE");
  }

  @Test
  void aZoneWhoseLastChangeIsLongPastHasThatChangeAsItsOnlyObservance() {
    assertThat(CalendarTimeZone.lines(ZoneId.of("Asia/Kolkata"), 2024, 2024))
        .contains("TZID:Asia/Kolkata", "TZOFFSETTO:+0530")
        .filteredOn(line -> line.startsWith("BEGIN:STANDARD") || line.startsWith("BEGIN:DAYLIGHT")).hasSize(1);
  }

  @Test
  void aZoneThatNeverChangedHasOneObservanceWithItsFixedOffset() {
    assertThat(CalendarTimeZone.lines(ZoneId.of("Etc/GMT-3"), 2024, 2024)).containsExactly(
        "BEGIN:VTIMEZONE", "TZID:Etc/GMT-3",
        "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:STANDARD",
        "END:VTIMEZONE");
  }

  @Test
  void offsetsWithSecondsKeepThem() {
    assertThat(CalendarTimeZone.offset(ZoneOffset.ofHoursMinutesSeconds(-3, -30, -15))).isEqualTo("-033015");
  }
}
