package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A previous export is read with the iCalendar reader's own line parser, so it reads what that reader reads. */
class PreviousExportTest {
  @Test
  void readsEventsWhateverTheCaseOfTheirNamesAndHowTheirLinesAreFolded() {
    String text = String.join("\r\n",
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "begin:vevent",
        "UID:talk-one@conf.pl",
        " anner",
        "SEQUENCE:3",
        "LAST-MODIFIED:20300601T080000Z",
        "SUMMARY:A talk with a long title that was folded by",
        "  the calendar program",
        "BEGIN:VALARM",
        "TRIGGER:-PT10M",
        "END:VALARM",
        "end:vevent",
        "END:VCALENDAR", "");
    PreviousExport previous = PreviousExport.parse(text);
    assertThat(previous.size()).isEqualTo(1);
    PreviousExport.Event event = previous.event("talk-one@conf.planner").orElseThrow();
    assertThat(event.sequence()).isEqualTo(3);
    assertThat(event.lastModified()).isEqualTo("20300601T080000Z");
    assertThat(event.content()).containsExactly("SUMMARY:A talk with a long title that was folded by the calendar program",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "END:VALARM");
  }
}
