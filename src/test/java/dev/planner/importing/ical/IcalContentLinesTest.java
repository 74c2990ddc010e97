package dev.planner.importing.ical;

import dev.planner.importing.Diagnostic;
import dev.planner.importing.Diagnostics;
import dev.planner.importing.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcalContentLinesTest {
  private final Diagnostics diagnostics = new Diagnostics("test.ics");

  private List<IcalComponent> parse(String text) {
    return IcalContentLines.parse(text.getBytes(StandardCharsets.UTF_8), diagnostics);
  }

  private IcalComponent event(String... lines) {
    List<IcalComponent> roots = parse("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + String.join("\r\n", lines)
        + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    assertThat(diagnostics.all()).isEmpty();
    return roots.get(0).components("VEVENT").get(0);
  }

  private List<String> errors() {
    return diagnostics.all().stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
  }

  @Test
  void joinsAFoldThatSplitsAUtf8CharacterBackIntoTheCharacter() {
    byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Price 5".getBytes(StandardCharsets.US_ASCII));
    file.write(euro[0]);
    file.writeBytes("\r\n ".getBytes(StandardCharsets.US_ASCII));
    file.write(euro[1]);
    file.writeBytes("\n\t".getBytes(StandardCharsets.US_ASCII));
    file.write(euro[2]);
    file.writeBytes(" and 🎉 more\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8));

    List<IcalComponent> roots = IcalContentLines.parse(file.toByteArray(), diagnostics);

    assertThat(diagnostics.all()).isEmpty();
    assertThat(roots.get(0).components("VEVENT").get(0).text("SUMMARY")).hasValue("Price 5€ and 🎉 more");
  }

  @Test
  void namesTheLineWhereEachPropertyStartsAfterFoldedLines() {
    List<IcalComponent> roots = parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDESCRIPTION:one\n two\n three\n"
        + "summary:Talk\nEND:VEVENT\nEND:VCALENDAR\n");

    IcalComponent event = roots.get(0).components().get(0);
    assertThat(event.line()).isEqualTo(2);
    assertThat(event.property("DESCRIPTION").orElseThrow().line()).isEqualTo(3);
    assertThat(event.property("DESCRIPTION").orElseThrow().value()).isEqualTo("onetwothree");
    assertThat(event.property("SUMMARY").orElseThrow().line()).isEqualTo(6);
  }

  @Test
  void readsQuotedParametersWithColonsSemicolonsAndCommasInside() {
    IcalComponent event = event(
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Mulder, Fox; Agent: X\";MEMBER=\"mailto:a@x.org\",\"mailto:b@x.org\""
            + ":mailto:fox@example.org",
        "Organizer;cn=Dana Scully:mailto:dana@example.org");

    IcalComponent.Property attendee = event.property("ATTENDEE").orElseThrow();
    assertThat(attendee.parameter("CN")).hasValue("Mulder, Fox; Agent: X");
    assertThat(attendee.parameter("ROLE")).hasValue("REQ-PARTICIPANT");
    assertThat(attendee.parameterValues("MEMBER")).containsExactly("mailto:a@x.org", "mailto:b@x.org");
    assertThat(attendee.value()).isEqualTo("mailto:fox@example.org");
    assertThat(event.property("ORGANIZER").orElseThrow().parameter("CN")).hasValue("Dana Scully");
  }

  @Test
  void undoesTextEscapesAndSplitsListsOnlyAtUnescapedCommas() {
    IcalComponent event = event(
        "DESCRIPTION:Line one\\nLine two\\NLine three: a\\, b\\; c \\\\ done",
        "CATEGORIES:Rock\\, Paper,Scissors,,Lizard\\\\");

    assertThat(event.text("DESCRIPTION")).hasValue("Line one\nLine two\nLine three: a, b; c \\ done");
    assertThat(event.property("CATEGORIES").orElseThrow().texts())
        .containsExactly("Rock, Paper", "Scissors", "", "Lizard\\");
  }

  @Test
  void keepsAnUnknownEscapeAndATrailingBackslashAsWritten() {
    IcalComponent event = event("SUMMARY:Quote\\\" colon\\: \\x marks “curly”\\");

    assertThat(event.property("SUMMARY").orElseThrow().text()).isEqualTo("Quote\" colon: \\x marks “curly”\\");
  }

  @Test
  void readsLinesOfPlainAsciiAndOfOtherCharactersAlike() {
    IcalComponent event = event("SUMMARY:Café – ünïcode", "LOCATION:Hall A", "DESCRIPTION:\uFFFD stays when written");

    assertThat(event.text("SUMMARY")).hasValue("Café – ünïcode");
    assertThat(event.text("LOCATION")).hasValue("Hall A");
    assertThat(event.text("DESCRIPTION")).hasValue("\uFFFD stays when written");
  }

  @Test
  void aLineWithoutAColonIsAnErrorAtItsLine() {
    parse("BEGIN:VCALENDAR\nVERSION:2.0\nSUMMARY without colon\nEND:VCALENDAR\n");

    assertThat(errors()).containsExactly("test.ics:3: error: not valid iCalendar: the line has no ':'"
        + " between a property name and its value");
  }

  @Test
  void anEndWithoutItsBeginIsAnErrorAtItsLine() {
    parse("BEGIN:VCALENDAR\nEND:VEVENT\nEND:VCALENDAR\n");

    assertThat(errors()).containsExactly(
        "test.ics:2: error: not valid iCalendar: END:VEVENT without a matching BEGIN:VEVENT");
  }

  @Test
  void anUnclosedComponentIsAnErrorAtTheEndOfTheFile() {
    parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Talk\n");

    assertThat(errors()).containsExactly("test.ics:4: error: not valid iCalendar: Unexpected end of file:"
        + " BEGIN:VEVENT at line 2 has no END:VEVENT");
  }

  @Test
  void nestingDeeperThanTheBoundStopsAtTheLineThatGoesTooDeep() {
    String deep = "BEGIN:X\n".repeat(10_000);

    assertThatThrownBy(() -> parse(deep))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("test.ics:" + (IcalContentLines.MAX_DEPTH + 1) + ": error: not valid iCalendar:"
            + " components nested deeper than " + IcalContentLines.MAX_DEPTH + " levels");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedAtTheirLine() {
    byte[] latin1 = "BEGIN:VCALENDAR\nSUMMARY:Caf\u00e9\nEND:VCALENDAR\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> IcalContentLines.parse(latin1, diagnostics))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("test.ics:2: error: not UTF-8");
  }
}
