package dev.planner.overflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planner.importing.CsvLine;
import dev.planner.importing.cfpdev.CfpDevReader;
import dev.planner.model.CapacitySource;
import dev.planner.model.Room;
import dev.planner.model.RoomId;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.model.Signals;
import dev.planner.model.Speaker;
import dev.planner.model.Venue;
import dev.planner.model.WalkingTimes;
import dev.planner.rendering.YamlScheduleWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads the two Devoxx Belgium favourites files kept outside the project (a trimmed JSON of the 2026
 * CFP.DEV talks, and a CSV of 2022 talks joined to their rooms' seats) into schedules whose sessions
 * carry their favourites, for fitting and checking the choice weights. Run as a program, it writes
 * them as schedule YAML that {@code planner calibrate --favourites} reads:
 * {@code DevoxxFavourites DIR OUT_DIR}.
 */
final class DevoxxFavourites {
  static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
  static final String FILE_2026 = "devoxx-be-2026-favourites.json";
  static final String FILE_2022 = "devoxx-be-2022-favourites-rooms.csv";

  private DevoxxFavourites() {}

  /** The directory holding both files: {@code -Dfavourites.dir}, else the shared fixtures, if present. */
  static Path directory() {
    return Path.of(System.getProperty("favourites.dir", "/work/shared/fixtures"));
  }

  static boolean available(Path dir) {
    return Files.isRegularFile(dir.resolve(FILE_2026)) && Files.isRegularFile(dir.resolve(FILE_2022));
  }

  /** The 2026 edition: local Brussels times, placeholder rooms (all of the default size), speakers, summaries. */
  static Schedule edition2026(Path file) throws IOException {
    JsonNode talks = new ObjectMapper().readTree(file.toFile());
    Map<String, Room> rooms = new LinkedHashMap<>();
    List<Session> sessions = new ArrayList<>();
    for (JsonNode talk : talks) {
      LocalDate date = LocalDate.parse(talk.get("date").asText());
      String roomName = talk.path("room").asText("TBA");
      Room room = rooms.computeIfAbsent(roomName, name -> Room.withDefaultCapacity(new RoomId(slug(name)), name));
      List<Speaker> speakers = new ArrayList<>();
      talk.path("speakers").forEach(speaker -> speakers.add(Speaker.named(speaker.get("name").asText().strip())));
      String title = talk.get("title").asText().strip();
      sessions.add(Session.builder(new SessionId(talk.get("id").asText()))
          .title(title)
          .start(ZonedDateTime.of(date, LocalTime.parse(talk.get("startTime").asText()), BRUSSELS))
          .end(ZonedDateTime.of(date, LocalTime.parse(talk.get("endTime").asText()), BRUSSELS))
          .room(room.id())
          .track(talk.path("track").asText(""))
          .type(CfpDevReader.talkType(talk.path("sessionType").asText(""), title, !speakers.isEmpty()))
          .speakers(speakers)
          .abstractText(talk.path("summary").asText(""))
          .signals(new Signals(OptionalInt.of(talk.get("totalFavourites").asInt()), OptionalInt.empty()))
          .build());
    }
    return new Schedule("Devoxx Belgium 2026", BRUSSELS, 3200,
        new Venue("", List.copyOf(rooms.values()), WalkingTimes.DEFAULT), sessions);
  }

  /** The 2022 edition: UTC times, rooms with their real seats, titles only (no abstracts, no speakers). */
  static Schedule edition2022(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> header = csvFields(lines.get(0));
    Map<String, Room> rooms = new LinkedHashMap<>();
    List<Session> sessions = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> values = csvFields(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < values.size() ? values.get(i) : "");
      }
      String roomName = row.get("room");
      int seats = Integer.parseInt(row.get("room_capacity"));
      Room room = rooms.computeIfAbsent(roomName, name ->
          Room.withDefaultCapacity(new RoomId(slug(name)), name).withCapacity(seats, CapacitySource.OFFICIAL));
      String title = row.get("title").strip();
      sessions.add(Session.builder(new SessionId(row.get("talk_id")))
          .title(title)
          .start(OffsetDateTime.parse(row.get("start_utc")).atZoneSameInstant(BRUSSELS))
          .end(OffsetDateTime.parse(row.get("end_utc")).atZoneSameInstant(BRUSSELS))
          .room(room.id())
          .track(row.get("track"))
          .type(CfpDevReader.talkType(row.get("session_type"), title, true))
          .signals(new Signals(OptionalInt.of(Integer.parseInt(row.get("favourites"))), OptionalInt.empty()))
          .build());
    }
    return new Schedule("Devoxx Belgium 2022", BRUSSELS, 3200,
        new Venue("", List.copyOf(rooms.values()), WalkingTimes.DEFAULT), sessions);
  }

  /** Both editions, 2026 first. */
  static List<Schedule> both(Path dir) throws IOException {
    return List.of(edition2026(dir.resolve(FILE_2026)), edition2022(dir.resolve(FILE_2022)));
  }

  private static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  private static List<String> csvFields(String line) {
    return CsvLine.split(line).orElseThrow(() -> new IllegalArgumentException("unclosed quote in " + line));
  }

  /** Writes both editions as schedule YAML with favourites: {@code DevoxxFavourites DIR OUT_DIR}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    YamlScheduleWriter writer = new YamlScheduleWriter();
    Files.writeString(out.resolve("devoxx-be-2026.yaml"), writer.write(edition2026(dir.resolve(FILE_2026))));
    Files.writeString(out.resolve("devoxx-be-2022.yaml"), writer.write(edition2022(dir.resolve(FILE_2022))));
  }
}
