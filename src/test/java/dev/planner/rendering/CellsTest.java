package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class CellsTest {
  @Test
  void emojiAndWideCharactersTakeTwoColumnsAndMarksNone() {
    assertThat(Cells.width("Coffee Break ☕")).isEqualTo(15);
    assertThat(Cells.width("🚨 Contribfest")).isEqualTo(14);
    assertThat(Cells.width("Shipwright ❤️ Tekton")).isEqualTo(20);
    assertThat(Cells.width("Se\u0301curite\u0301")).isEqualTo(8);
    assertThat(Cells.width("東京")).isEqualTo(4);
  }

  @Test
  void cuttingKeepsWithinTheWidthAndEndsWithAnEllipsis() {
    assertThat(Cells.cut("Keynote: Welcome and Opening Remarks", 12)).isEqualTo("Keynote: We…");
    assertThat(Cells.cut("☕☕☕☕", 5)).isEqualTo("☕☕…");
    assertThat(Cells.cut("short", 12)).isEqualTo("short");
  }

  @Test
  void aPlaceGivesUpItsLeadingPartsBeforeItIsCut() {
    assertThat(Cells.cutPlace("Hall 2-4 | Quay Zone | Project Pavilion", 30)).isEqualTo("Quay Zone | Project Pavilion");
    assertThat(Cells.cutPlace("Hall 2-4 | Quay Zone | Project Pavilion", 16)).isEqualTo("Project Pavilion");
    assertThat(Cells.cutPlace("Hall 2-4 | Quay Zone | Project Pavilion", 12)).isEqualTo("Project Pav…");
  }

  @Test
  void theClockReadsAsTheHourAndMinutePatternDoesAtEveryMinuteOfADay() {
    DateTimeFormatter pattern = DateTimeFormatter.ofPattern("HH:mm");
    ZonedDateTime midnight = ZonedDateTime.of(2026, 3, 29, 0, 0, 30, 0, ZoneId.of("Europe/Amsterdam"));
    for (int minute = 0; minute < 24 * 60; minute++) {
      ZonedDateTime time = midnight.plusMinutes(minute);
      assertThat(Cells.clock(time)).isEqualTo(pattern.format(time));
      assertThat(Cells.clock(time.toLocalDateTime())).isEqualTo(pattern.format(time));
      assertThat(Cells.clock(time.toLocalTime())).isEqualTo(pattern.format(time));
    }
  }

  @Test
  void aDayReadsAsTheEnglishPatternWritesItOnEveryDayOfFourYears() {
    DateTimeFormatter pattern = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH);
    for (java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
      assertThat(Cells.day(day)).isEqualTo(pattern.format(day));
    }
  }
}
