package dev.planner.cli;

import static dev.planner.cli.CliRun.planner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.rendering.HtmlDayPage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML day page as a browser lays it out: a busy day in the shape of a large conference's feed
 * (badge pick-up from 07:30, a plenary of three- to fifteen-minute keynotes, five-minute lightning
 * talks, long titles, a large expo hall outside the plan) is written by the planner and measured in
 * headless Chromium. Skipped where no Chromium is installed, except in CI, which installs it.
 */
class DayPageInBrowserTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Lisbon");
  private static final LocalDate DAY = LocalDate.of(2026, 6, 16);
  private static final DateTimeFormatter UTC_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final long BROWSER_TIMEOUT_SECONDS = 60;
  /** The measurement, run by the browser after layout; it writes its findings as JSON into the page. */
  private static final String MEASURE = """
      <script>
      (function () {
        function lines(element) {
          var most = 0;
          var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            var range = document.createRange();
            range.selectNodeContents(node);
            var tops = {};
            Array.prototype.forEach.call(range.getClientRects(), function (rect) { tops[Math.round(rect.top)] = true; });
            most = Math.max(most, Object.keys(tops).length);
          }
          return most;
        }
        var blocks = Array.prototype.map.call(document.querySelectorAll('td.session'), function (cell) {
          var title = cell.querySelector('.title');
          var shown = Array.prototype.filter.call(title.childNodes, function (node) { return node.nodeType === 3; })
              .map(function (node) { return node.textContent; }).join('');
          var box = cell.getBoundingClientRect();
          return { id: cell.getAttribute('data-session'), width: box.width, height: box.height,
                   lines: Math.max(lines(title), lines(cell.querySelector('.meta'))),
                   hover: cell.getAttribute('title'), shown: shown,
                   truncated: title.scrollWidth > title.clientWidth,
                   overflow: getComputedStyle(title).textOverflow };
        });
        var rows = Array.prototype.map.call(document.querySelectorAll('table.grid tbody tr'), function (row) {
          return { room: row.getAttribute('data-room'), height: row.getBoundingClientRect().height,
                   primary: row.querySelector('td.primary') !== null };
        });
        var labels = Array.prototype.map.call(document.querySelectorAll('table.grid thead th'), function (th) { return th.textContent; });
        var out = document.createElement('pre');
        out.id = 'measured';
        out.textContent = JSON.stringify({ blocks: blocks, rows: rows, labels: labels });
        document.body.appendChild(out);
      })();
      </script>
      """;

  private static JsonNode measured;

  @TempDir static Path directory;

  @BeforeAll
  static void writeABusyDayAndMeasureItsPageInChromium() throws Exception {
    Optional<Path> chromium = chromium();
    if (chromium.isEmpty()) {
      if (System.getenv("CI") != null) {
        fail("no chromium, chromium-browser or google-chrome on PATH; CI must install one");
      }
      assumeTrue(false, "no Chromium installed");
    }
    Path schedule = directory.resolve("busy-day.ics");
    Files.writeString(schedule, BusyDay.calendar(), StandardCharsets.UTF_8);
    Path rooms = directory.resolve("rooms.csv");
    Files.writeString(rooms, BusyDay.capacities(), StandardCharsets.UTF_8);
    Path page = directory.resolve("day.html");
    CliRun.Result plan = planner().run("plan", "--day", DAY.toString(), "--format", "html", "--quiet",
        "--schedule", schedule.toString(), "--timezone", ZONE.getId(), "--attendees", "9000",
        "--rooms", rooms.toString(), "-o", page.toString());
    assertThat(plan.exitCode()).as(plan.err()).isZero();

    // The page itself carries no script: the measurement is added to a copy, at the end of the body.
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script");
    Path measuring = directory.resolve("measuring.html");
    Files.writeString(measuring, html.replace("</body>", MEASURE + "</body>"), StandardCharsets.UTF_8);
    measured = new ObjectMapper().readTree(measuredJson(dumpDom(chromium.get(), measuring)));
  }

  @Test
  void everyBlockIsAtLeastTheMinimumWidth() {
    assertThat(measured.get("blocks")).hasSizeGreaterThan(60);
    for (JsonNode block : measured.get("blocks")) {
      assertThat(block.get("width").asDouble()).as(block.get("id").asText())
          .isGreaterThanOrEqualTo(HtmlDayPage.MIN_BLOCK_PX - 0.5);
    }
  }

  @Test
  void noTitleWrapsSoNoWordIsBrokenAcrossLines() {
    for (JsonNode block : measured.get("blocks")) {
      assertThat(block.get("lines").asInt()).as(block.get("id").asText()).isEqualTo(1);
    }
  }

  @Test
  void longTitlesEndInAnEllipsisWithTheFullTitleOnHover() {
    List<JsonNode> truncated = new ArrayList<>();
    for (JsonNode block : measured.get("blocks")) {
      assertThat(block.get("overflow").asText()).isEqualTo("ellipsis");
      assertThat(block.get("hover").asText()).as(block.get("id").asText()).isEqualTo(block.get("shown").asText());
      if (block.get("truncated").asBoolean()) {
        truncated.add(block);
      }
    }
    assertThat(truncated).hasSizeGreaterThan(10);
  }

  @Test
  void rowsAndBlocksKeepTheHeightOfAFewLines() {
    for (JsonNode row : measured.get("rows")) {
      assertThat(row.get("height").asDouble()).as(row.get("room").asText()).isLessThan(80);
    }
    for (JsonNode block : measured.get("blocks")) {
      assertThat(block.get("height").asDouble()).as(block.get("id").asText()).isLessThan(60);
    }
  }

  @Test
  void theTimeAxisStartsAtTheFirstTalkNotAtBadgePickUp() {
    List<String> labels = new ArrayList<>();
    measured.get("labels").forEach(label -> labels.add(label.asText()));
    assertThat(labels.get(0)).isEqualTo("Room");
    assertThat(labels.get(1)).isEqualTo(BusyDay.FIRST_TALK.toString());
  }

  @Test
  void thePlansRoomsComeFirst() {
    Set<String> rooms = new LinkedHashSet<>();
    Set<String> planRooms = new LinkedHashSet<>();
    for (JsonNode row : measured.get("rows")) {
      String room = row.get("room").asText();
      if (!room.isEmpty()) {
        rooms.add(room);
      }
      if (row.get("primary").asBoolean()) {
        planRooms.add(room);
      }
    }
    assertThat(planRooms).hasSizeGreaterThan(1);
    assertThat(rooms.size()).isGreaterThan(planRooms.size());
    assertThat(List.copyOf(rooms).subList(0, planRooms.size())).containsExactlyInAnyOrderElementsOf(planRooms);
  }

  @Test
  void roomsWithOnlyBreaksAndBadgePickUpComeLastAndTheMorningCoffeeIsNamedUnderTheGrid() throws IOException {
    Set<String> rooms = new LinkedHashSet<>();
    measured.get("rows").forEach(row -> rooms.add(row.get("room").asText()));
    List<String> order = List.copyOf(rooms);
    assertThat(order.subList(order.size() - 3, order.size()))
        .containsExactly("hall-1-3-expo-floor", "entrance-east", "entrance-west");
    assertThat(Files.readString(directory.resolve("day.html"), StandardCharsets.UTF_8))
        .contains("<p class=\"earlier\">Before 09:00: Morning Coffee, 08:00–08:50, Foyer.</p>");
  }

  /** The first browser found on PATH. */
  private static Optional<Path> chromium() {
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of("chromium", "chromium-browser", "google-chrome")
        .flatMap(name -> Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** The page's DOM after its scripts ran, from a headless browser with a fresh profile, killed after a minute. */
  private static String dumpDom(Path chromium, Path page) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(directory, "chromium-profile");
    Path out = directory.resolve("dom.html");
    Path err = directory.resolve("chromium.log");
    Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,1000", "--dump-dom", page.toUri().toString())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!browser.waitFor(BROWSER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      browser.descendants().forEach(ProcessHandle::destroyForcibly);
      browser.destroyForcibly();
      fail("Chromium did not finish within " + BROWSER_TIMEOUT_SECONDS + " s");
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(browser.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
    return dom;
  }

  private static String measuredJson(String dom) {
    Matcher found = Pattern.compile("<pre id=\"measured\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertThat(found.find()).as("the measurement in the dumped DOM").isTrue();
    return found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
  }

  /** A conference day in a large feed's shape, made up here: times in UTC, rooms as "Room, City, Country". */
  private static final class BusyDay {
    static final LocalTime FIRST_TALK = LocalTime.of(9, 0);
    private static final String[] OPENINGS = {"Scaling", "Securing", "Observing", "Debugging", "Migrating",
        "Operating", "Automating", "Testing", "Shipping", "Measuring", "Hardening", "Simplifying"};
    private static final String[] SUBJECTS = {"Multi-Tenant Service Meshes", "Ephemeral Preview Environments",
        "Declarative Infrastructure Pipelines", "Supply-Chain Attestations", "Inference Workloads on Shared Accelerators",
        "Telemetry Collectors", "Event-Driven Autoscalers", "Policy Engines", "Stateful Databases on Orchestrators"};
    private static final String[] ENDINGS = {"Lessons From Three Years in Production", "What We Would Do Differently",
        "A Field Report From the Platform Team", "Without Waking Anyone at Night", "at Planetary Scale",
        "and the Pitfalls Nobody Mentions"};

    private static int counter;

    static String capacities() {
      return String.join("\n", "name,capacity",
          "Hall 1-3 | Expo Floor,6000", "Hall 9 | Main Stage,5000", "Room A,900", "Room B,800", "Room C,700",
          "Room D,600", "Room E,500", "Room F,400", "Hall 1-3 | Demo Stage,300", "Hall 1-3 | Lightning Corner,150",
          "Foyer,2000", "Entrance West,100", "Entrance East,100") + "\n";
    }

    static String calendar() {
      counter = 0;
      StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:tws2026\r\n"
          + "X-WR-CALDESC:Event Calendar\r\nMETHOD:PUBLISH\r\nCALSCALE:GREGORIAN\r\n"
          + "PRODID:-//Sched.com Tidewater Summit 2026//EN\r\nX-WR-TIMEZONE:UTC\r\n");
      event(ics, "07:30", "18:00", "Badge Pick-Up", "REGISTRATION", "Entrance West");
      event(ics, "07:30", "18:00", "Badge Pick-Up", "REGISTRATION", "Entrance East");
      event(ics, "07:30", "19:00", "Cloakroom", "REGISTRATION", "Entrance West");
      event(ics, "08:00", "08:50", "Morning Coffee", "BREAKS", "Foyer");
      LocalTime keynote = FIRST_TALK;
      for (int minutes : new int[] {30, 3, 5, 5, 5, 15, 3, 5, 10, 1}) {
        event(ics, keynote, keynote.plusMinutes(minutes), "Keynote: " + title(), "KEYNOTE SESSIONS", "Hall 9 | Main Stage");
        keynote = keynote.plusMinutes(minutes + 2);
      }
      event(ics, "10:45", "11:15", "Coffee Break", "BREAKS", "Hall 1-3 | Expo Floor");
      event(ics, "10:45", "19:00", "Expo Hall Open", "EXPO", "Hall 1-3 | Expo Floor");
      event(ics, "12:30", "14:00", "Lunch", "BREAKS", "Hall 1-3 | Expo Floor");
      for (LocalTime demo = LocalTime.of(10, 50); demo.isBefore(LocalTime.of(17, 0)); demo = demo.plusMinutes(25)) {
        event(ics, demo, demo.plusMinutes(counter % 2 == 0 ? 10 : 20), "Sponsored Demo: " + title(), "SPONSORED DEMOS",
            "Hall 1-3 | Demo Stage");
      }
      for (LocalTime lightning = LocalTime.of(13, 0); lightning.isBefore(LocalTime.of(14, 0)); lightning = lightning.plusMinutes(7)) {
        event(ics, lightning, lightning.plusMinutes(5), "Lightning Talk: " + title(), "LIGHTNING TALKS",
            "Hall 1-3 | Lightning Corner");
      }
      for (char room = 'A'; room <= 'F'; room++) {
        for (LocalTime talk = LocalTime.of(11, 15); talk.isBefore(LocalTime.of(17, 30)); talk = talk.plusMinutes(45)) {
          if (talk.isBefore(LocalTime.of(12, 30)) || !talk.isBefore(LocalTime.of(14, 0))) {
            event(ics, talk, talk.plusMinutes(30), title() + " - Speaker " + room + counter + ", Company " + counter,
                "TRACK " + room, "Room " + room);
          }
        }
      }
      return ics.append("END:VCALENDAR\r\n").toString();
    }

    private static String title() {
      int n = counter++;
      return OPENINGS[n % OPENINGS.length] + " " + SUBJECTS[n % SUBJECTS.length] + ": " + ENDINGS[n % ENDINGS.length];
    }

    private static void event(StringBuilder ics, String start, String end, String title, String category, String room) {
      event(ics, LocalTime.parse(start), LocalTime.parse(end), title, category, room);
    }

    private static void event(StringBuilder ics, LocalTime start, LocalTime end, String title, String category, String room) {
      int uid = ics.length();
      ics.append("BEGIN:VEVENT\r\nDTSTAMP:20260601T120000Z\r\n")
          .append("DTSTART:").append(utc(start)).append("\r\n")
          .append("DTEND:").append(utc(end)).append("\r\n")
          .append("SUMMARY:").append(title.replace(",", "\\,")).append("\r\n")
          .append("DESCRIPTION:\r\nCATEGORIES:").append(category).append("\r\n")
          .append("LOCATION:").append(room).append("\\, Lisbon\\, Portugal\r\n")
          .append("SEQUENCE:0\r\nUID:tws").append(uid).append("\r\n")
          .append("URL:http://tws2026.example.org/event/").append(uid).append("\r\n")
          .append("END:VEVENT\r\n");
    }

    private static String utc(LocalTime time) {
      return UTC_STAMP.format(DAY.atTime(time).atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC));
    }
  }
}
