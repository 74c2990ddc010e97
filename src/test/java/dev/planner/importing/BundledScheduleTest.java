package dev.planner.importing;

import dev.planner.importing.yaml.YamlScheduleReader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The schedule shipped with the planner reads cleanly and is big enough to plan a real day. */
class BundledScheduleTest {
  private static final Path FILE = Path.of("schedule/kubecon-eu-2024.yaml");
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 3, 20);

  private static ReadResult result;

  @BeforeAll
  static void read() throws IOException {
    Source source = new Source(FILE.toString(), Files.readAllBytes(FILE));
    result = new YamlScheduleReader().read(source, ReadOptions.NONE);
  }

  private static Schedule schedule() {
    return result.schedule();
  }

  @Test
  void readsWithoutWarnings() {
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void coversTheThreeMainConferenceDays() {
    assertThat(schedule().days())
        .containsExactly(WEDNESDAY, LocalDate.of(2024, 3, 21), LocalDate.of(2024, 3, 22));
    assertThat(schedule().zone().getId()).isEqualTo("Europe/Paris");
    assertThat(schedule().attendees()).isEqualTo(12000);
  }

  @Test
  void hasAFullWednesdayAndAFullWeek() {
    List<Session> wednesday = schedule().sessionsOn(WEDNESDAY);
    long wednesdayRooms = wednesday.stream().map(Session::room).distinct().count();

    assertThat(wednesday).hasSizeGreaterThanOrEqualTo(130);
    assertThat(wednesdayRooms).isGreaterThanOrEqualTo(16);
    assertThat(schedule().sessions()).hasSizeGreaterThanOrEqualTo(320);
  }

  @Test
  void holdsTheTwoRealWednesdaySessions() {
    List<String> wednesdayTitles = schedule().sessionsOn(WEDNESDAY).stream().map(Session::title).toList();

    assertThat(wednesdayTitles).contains(
        "I'll Let Myself In: Kubernetes Privilege Escalation Tactics",
        "Crossplane Intro and Deep Dive - the Cloud Native Control Plane Framework");
  }

  @Test
  void neverPutsTwoSessionsInOneRoomAtOnce() {
    Map<RoomId, List<Session>> byRoom = new TreeMap<>();
    schedule().sessions().forEach(session -> byRoom.computeIfAbsent(session.room(), room -> new ArrayList<>()).add(session));
    List<String> clashes = new ArrayList<>();
    byRoom.values().forEach(sessions -> {
      for (int i = 0; i < sessions.size(); i++) {
        for (int j = i + 1; j < sessions.size(); j++) {
          if (sessions.get(i).overlaps(sessions.get(j))) {
            clashes.add(sessions.get(i).id() + " / " + sessions.get(j).id());
          }
        }
      }
    });
    assertThat(clashes).isEmpty();
  }
}
