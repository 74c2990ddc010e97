package dev.planner.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written shapes of a day number and an ISO date are the regular expressions they replace. */
class DaySelectorShapeProperties {
  @Provide
  Arbitrary<String> typed() {
    Arbitrary<String> dateLike = Arbitraries.strings().withChars("0123456789-").ofMaxLength(12);
    Arbitrary<String> other = Arbitraries.strings().withChars("0123456789-٣x ").withCharRange('\u0000', '\u007f').ofMaxLength(12);
    return Arbitraries.oneOf(dateLike, other);
  }

  @Property(tries = 3000)
  void aDayNumberIsOneOrTwoDigits(@ForAll("typed") String text) {
    assertThat(DaySelector.isDayNumberShape(text)).as("'%s'", text).isEqualTo(text.matches("\\d{1,2}"));
  }

  @Property(tries = 3000)
  void anIsoDateIsFourDigitsThenTwoThenTwo(@ForAll("typed") String text) {
    assertThat(DaySelector.isIsoDateShape(text)).as("'%s'", text).isEqualTo(text.matches("\\d{4}-\\d{2}-\\d{2}"));
  }

  @Example
  void theShapesOfWhatPeopleType() {
    assertThat(DaySelector.isDayNumberShape("2")).isTrue();
    assertThat(DaySelector.isDayNumberShape("")).isFalse();
    assertThat(DaySelector.isDayNumberShape("123")).isFalse();
    assertThat(DaySelector.isIsoDateShape("2024-03-20")).isTrue();
    assertThat(DaySelector.isIsoDateShape("2024-3-20")).isFalse();
  }
}
