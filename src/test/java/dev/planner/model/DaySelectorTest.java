package dev.planner.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DaySelectorTest {
  private static final List<LocalDate> DAYS =
      List.of(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 21), LocalDate.of(2024, 3, 22));

  @ParameterizedTest
  @ValueSource(strings = {"wednesday", "Wednesday", "WED", "wed", "We", "2024-03-20", "1", " 1 "})
  void acceptsNamesAbbreviationsDatesAndNumbers(String text) {
    assertThat(DaySelector.resolve(text, DAYS)).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void theThirdDayIsFriday() {
    assertThat(DaySelector.resolve("3", DAYS)).isEqualTo(DaySelector.resolve("fri", DAYS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"monday", "0", "4", "2024-03-19", "2024-02-30", "w", "tomorrow"})
  void refusesDaysTheScheduleDoesNotHaveAndListsThem(String text) {
    assertThatThrownBy(() -> DaySelector.resolve(text, DAYS))
        .hasMessageContaining("no day '" + text + "'")
        .hasMessageContaining("1 Wed 2024-03-20, 2 Thu 2024-03-21, 3 Fri 2024-03-22");
  }
}
