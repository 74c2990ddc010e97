package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.TestFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  static final Path SCHEDULE = TestFiles.resource("schedules/export.yaml");
  static final Path PROFILE = TestFiles.resource("schedules/export-profile.yaml");
  private static final Clock LATER = Clock.fixed(Instant.parse("2024-03-21T07:30:00Z"), ZoneId.of("Europe/Paris"));

  static CliRun.Result export(Clock clock, String... extra) {
    List<String> args = new ArrayList<>(List.of("export", "--schedule", SCHEDULE.toString(), "--profile", PROFILE.toString()));
    args.addAll(List.of(extra));
    return planner().clock(clock).run(args.toArray(String[]::new));
  }

  @Test
  void everyLineEndsWithCrlfAndHoldsAtMostSeventyFiveOctets() {
    String calendar = export(CliRun.FIXED_CLOCK, "--all-days", "--include-backups").out();
    assertThat(calendar).endsWith("END:VCALENDAR\r\n").doesNotContainPattern("[^\r]\n");
    for (String line : calendar.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
  }

  @Test
  void controlCharactersFromTheFeedNeverReachTheCalendar(@TempDir Path directory) throws Exception {
    Path schedule = directory.resolve("bells.yaml");
    Files.writeString(schedule, Files.readString(SCHEDULE).replace(
        "title: \"Ouverture : où en est l'écosystème ?\"", "title: \"Ouverture\\a\\e[1m : o\\x7fù\\x01\"")
        .replace("abstract: Traces, metrics", "abstract: \"Tr\\x08aces\\x1b,\" # metrics"));

    CliRun.Result result = planner().clock(CliRun.FIXED_CLOCK).run("export", "--all-days", "--include-backups",
        "--schedule", schedule.toString(), "--profile", PROFILE.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(unfolded(result.out())).contains("Ouverture[1m : où").contains("Traces")
        .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x80-\\x9F]");
  }

  @Test
  void eventsAreInTheConferenceZoneWithAMatchingTimeZoneAndStampedByTheClock() {
    String calendar = unfolded(export(CliRun.FIXED_CLOCK, "--day", "wed").out());
    assertThat(calendar).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n", "DTSTART;TZID=Europe/Paris:20240320T100000",
        "DTSTAMP:20240320T080000Z");
    assertThat(calendar).doesNotContain("TZID:CET", "TZID:CEST", "20240321T");
  }

  @Test
  void primariesAtRiskRingAtTheirArriveByTimeAndTheOthersAtTheReminder() {
    Map<String, String> events = events(export(CliRun.FIXED_CLOCK, "--all-days", "--reminder", "5").out());
    Pattern forecast = Pattern.compile("P\\(full\\) (\\d+)%\\.\\\\nArrive (\\d+) min before the start");
    Set<Boolean> seen = new HashSet<>();
    for (String event : events.values()) {
      Matcher matcher = forecast.matcher(event);
      assertThat(matcher.find()).as(event).isTrue();
      boolean atRisk = Integer.parseInt(matcher.group(1)) >= 20;
      assertThat(event).contains(atRisk ? "TRIGGER:-PT" + matcher.group(2) + "M" : "TRIGGER:-PT5M");
      seen.add(atRisk);
    }
    // The small Crossplane room is at risk; the others are not.
    assertThat(seen).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void noAlarmRingsForATalkReachedByStayingInYourSeat() throws Exception {
    JsonNode plan = new ObjectMapper().readTree(planner().run("plan", "--day", "wed", "--format", "json", "--quiet").out());
    Map<String, String> events = events(planner().run("export", "--day", "wed", "--quiet").out());
    int seated = 0;
    for (JsonNode window : plan.get("windows")) {
      JsonNode primary = window.get("primary");
      String event = events.entrySet().stream().filter(entry -> entry.getKey().startsWith(primary.get("id").asText() + "@"))
          .map(Map.Entry::getValue).findFirst().orElseThrow();
      if (primary.get("staysSeated").asBoolean()) {
        seated++;
        assertThat(event).as(primary.get("id").asText()).doesNotContain("BEGIN:VALARM").contains("Stay in your seat");
      } else {
        assertThat(event).as(primary.get("id").asText()).contains("BEGIN:VALARM").doesNotContain("Stay in your seat");
      }
    }
    assertThat(seated).as("the bundled Wednesday keeps a seat through the keynotes").isGreaterThan(3);
  }

  @Test
  void backupsAreTentativeAndDoNotBlockTheDay() {
    Map<String, String> events = events(export(CliRun.FIXED_CLOCK, "--day", "wed", "--include-backups").out());
    assertThat(events.get("w-otel@cafe-conf-2024.planner"))
        .contains("STATUS:TENTATIVE", "TRANSP:TRANSPARENT").doesNotContain("VALARM");
    assertThat(events.get("w-crossplane@cafe-conf-2024.planner")).contains("STATUS:CONFIRMED", "TRANSP:OPAQUE");
    assertThat(events(export(CliRun.FIXED_CLOCK, "--day", "wed").out())).doesNotContainKey("w-otel@cafe-conf-2024.planner");
  }

  @Test
  void uidsStayTheSameFromRunToRun() {
    Map<String, String> first = events(export(CliRun.FIXED_CLOCK, "--all-days", "--include-backups").out());
    Map<String, String> second = events(export(LATER, "--all-days", "--include-backups").out());
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet())
        .contains("w-open@cafe-conf-2024.planner", "t-close@cafe-conf-2024.planner");
  }

  @Test
  void aTimeInTheSecondPassThroughARepeatedHourIsWrittenInUtc(@TempDir Path directory) throws Exception {
    Path schedule = directory.resolve("autumn.yaml");
    Files.writeString(schedule, String.join("\n", "conference: Autumn Night", "timezone: America/New_York",
        "attendees: 100", "venue:", "  rooms:", "    - id: hall", "      name: Hall", "      capacity: 100",
        "sessions:", "  - id: late", "    title: Late Talk", "    start: 2024-11-03T00:00-04:00",
        "    end: 2024-11-03T01:00-05:00", "    room: hall", "    type: talk", ""));

    CliRun.Result result = planner().clock(CliRun.FIXED_CLOCK).run("export", "--all-days", "--schedule",
        schedule.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(unfolded(result.out())).contains("DTSTART;TZID=America/New_York:20241103T000000",
        "DTEND:20241103T060000Z");
  }

  @Test
  void exportingAgainAfterASessionMovedRevisesExactlyThatEvent(@TempDir Path directory) throws Exception {
    Path schedule = directory.resolve("schedule.yaml");
    Path calendar = directory.resolve("plan.ics");
    Files.writeString(schedule, Files.readString(SCHEDULE));
    assertThat(planner().clock(CliRun.FIXED_CLOCK).run("export", "--all-days", "--schedule", schedule.toString(),
        "--profile", PROFILE.toString(), "-o", calendar.toString()).exitCode()).isZero();
    Map<String, String> before = events(Files.readString(calendar));

    // The closing keynote starts ten minutes late; nothing else changes.
    Files.writeString(schedule, Files.readString(schedule).replace("start: 2024-03-21T16:00", "start: 2024-03-21T16:10"));
    CliRun.Result again = planner().clock(LATER).run("export", "--all-days", "--schedule", schedule.toString(),
        "--profile", PROFILE.toString(), "-o", calendar.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    Map<String, String> after = events(Files.readString(calendar));

    assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
    for (String uid : before.keySet()) {
      // The forecast of a moved talk may move with it (fewer people are about at some hours).
      List<String> changed = changedProperties(withoutForecast(before.get(uid)), withoutForecast(after.get(uid)));
      if (uid.startsWith("t-close@")) {
        assertThat(changed).containsExactlyInAnyOrder("DTSTART", "SEQUENCE", "LAST-MODIFIED");
        assertThat(after.get(uid)).contains("DTSTART;TZID=Europe/Paris:20240321T161000", "SEQUENCE:1",
            "LAST-MODIFIED:20240321T073000Z");
      } else {
        assertThat(changed).as(uid).isEmpty();
        assertThat(after.get(uid)).contains("SEQUENCE:0", "LAST-MODIFIED:20240320T080000Z");
      }
    }
  }

  @Test
  void aTalkDroppedFromThePlanIsCancelledInTheNextExportWithoutAnAlarm(@TempDir Path directory) throws Exception {
    Path calendar = directory.resolve("plan.ics");
    Path skipping = directory.resolve("profile.yaml");
    Files.writeString(skipping, Files.readString(PROFILE) + "skip: [t-close]\n");
    assertThat(export(CliRun.FIXED_CLOCK, "--all-days", "-o", calendar.toString()).exitCode()).isZero();
    Map<String, String> before = events(Files.readString(calendar));
    String dropped = before.keySet().stream().filter(uid -> uid.startsWith("t-close@")).findFirst().orElseThrow();

    CliRun.Result again = planner().clock(LATER).run("export", "--all-days", "--schedule", SCHEDULE.toString(),
        "--profile", skipping.toString(), "-o", calendar.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    Map<String, String> after = events(Files.readString(calendar));

    assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
    assertThat(after.get(dropped)).contains("STATUS:CANCELLED", "SEQUENCE:1", "LAST-MODIFIED:20240321T073000Z",
        "DTSTART;TZID=Europe/Paris:20240321T160000").doesNotContain("VALARM", "STATUS:CONFIRMED");
    before.keySet().stream().filter(uid -> !uid.equals(dropped))
        .forEach(uid -> assertThat(after.get(uid)).as(uid).contains("STATUS:CONFIRMED").doesNotContain("CANCELLED"));

    // Once cancelled, it stays cancelled at the same revision.
    assertThat(planner().clock(LATER).run("export", "--all-days", "--schedule", SCHEDULE.toString(),
        "--profile", skipping.toString(), "-o", calendar.toString()).exitCode()).isZero();
    assertThat(events(Files.readString(calendar)).get(dropped)).isEqualTo(after.get(dropped));
    ValidationResult validation = new CalendarBuilder().build(new StringReader(Files.readString(calendar))).validate();
    assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
  }

  @Test
  void ical4jFindsNoErrorInTheExport() throws Exception {
    String text = export(CliRun.FIXED_CLOCK, "--all-days", "--include-backups").out();
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    ValidationResult result = calendar.validate();
    assertThat(result.hasErrors()).as(result.toString()).isFalse();
    assertThat(calendar.getComponents("VEVENT")).hasSize(events(text).size()).hasSizeGreaterThan(3);
  }

  @Test
  void planAsIcsIsTheExportOfThatDay() {
    CliRun.Result plan = planner().run("plan", "--day", "wed", "--format", "ics", "--schedule", SCHEDULE.toString(),
        "--profile", PROFILE.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out()).isEqualTo(export(CliRun.FIXED_CLOCK, "--day", "wed").out());
  }

  @Test
  void withoutADayItIsAUsageError() {
    CliRun.Result result = export(CliRun.FIXED_CLOCK);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--day", "--all-days");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aNegativeReminderIsAUsageError() {
    CliRun.Result result = export(CliRun.FIXED_CLOCK, "--day", "wed", "--reminder", "-5");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--reminder");
  }

  /** The calendar with folded lines joined again. */
  static String unfolded(String calendar) {
    return calendar.replace("\r\n ", "");
  }

  /** Each event's unfolded text by its UID, in file order. */
  static Map<String, String> events(String calendar) {
    Map<String, String> events = new LinkedHashMap<>();
    for (String block : unfolded(calendar).split("BEGIN:VEVENT\r\n")) {
      if (block.startsWith("UID:")) {
        String uid = block.substring(4, block.indexOf("\r\n"));
        events.put(uid, block.substring(0, block.indexOf("END:VEVENT")));
      }
    }
    return events;
  }

  private static String withoutForecast(String event) {
    return event.replaceAll("P\\(full\\) \\d+%", "P(full) N%");
  }

  /** The names of the properties whose lines differ between two versions of an event, DTSTAMP aside. */
  private static List<String> changedProperties(String before, String after) {
    List<String> linesBefore = List.of(before.split("\r\n"));
    List<String> linesAfter = List.of(after.split("\r\n"));
    List<String> changed = new ArrayList<>();
    for (String line : linesAfter) {
      String name = line.split("[:;]", 2)[0];
      if (!linesBefore.contains(line) && !name.equals("DTSTAMP") && !changed.contains(name)) {
        changed.add(name);
      }
    }
    for (String line : linesBefore) {
      String name = line.split("[:;]", 2)[0];
      if (!linesAfter.contains(line) && !name.equals("DTSTAMP") && !changed.contains(name)) {
        changed.add(name);
      }
    }
    return changed;
  }
}
