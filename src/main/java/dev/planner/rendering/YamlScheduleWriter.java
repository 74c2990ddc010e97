package dev.planner.rendering;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.planner.model.Room;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.Speaker;
import dev.planner.model.WalkingTimes;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a schedule in the planner's own YAML format; reading the result gives an equal schedule.
 * Times are local to the conference's zone, with an offset only where the local time is ambiguous.
 */
public final class YamlScheduleWriter {
  private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
  private static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build();

  public String write(Schedule schedule) {
    StringWriter out = new StringWriter();
    try (JsonGenerator yaml = FACTORY.createGenerator(out)) {
      yaml.writeStartObject();
      yaml.writeStringField("conference", schedule.conference());
      yaml.writeStringField("timezone", schedule.zone().getId());
      yaml.writeNumberField("attendees", schedule.attendees());
      writeVenue(yaml, schedule);
      yaml.writeArrayFieldStart("sessions");
      for (Session session : schedule.sessions()) {
        writeSession(yaml, session);
      }
      yaml.writeEndArray();
      yaml.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeVenue(JsonGenerator yaml, Schedule schedule) throws IOException {
    yaml.writeObjectFieldStart("venue");
    if (!schedule.venue().name().isEmpty()) {
      yaml.writeStringField("name", schedule.venue().name());
    }
    yaml.writeArrayFieldStart("rooms");
    for (Room room : schedule.venue().rooms()) {
      yaml.writeStartObject();
      yaml.writeStringField("id", room.id().value());
      yaml.writeStringField("name", room.name());
      yaml.writeNumberField("capacity", room.capacity());
      yaml.writeStringField("capacitySource", room.capacitySource().label());
      writeIfPresent(yaml, "level", room.level());
      writeIfPresent(yaml, "building", room.building());
      yaml.writeEndObject();
    }
    yaml.writeEndArray();
    writeWalking(yaml, schedule.venue().walking());
    yaml.writeEndObject();
  }

  private static void writeWalking(JsonGenerator yaml, WalkingTimes walking) throws IOException {
    yaml.writeObjectFieldStart("walking");
    yaml.writeNumberField("sameLevel", walking.sameLevel());
    yaml.writeNumberField("otherLevel", walking.otherLevel());
    yaml.writeNumberField("otherBuilding", walking.otherBuilding());
    if (!walking.between().isEmpty()) {
      List<Map.Entry<WalkingTimes.RoomPair, Integer>> pairs = new ArrayList<>(walking.between().entrySet());
      pairs.sort(Map.Entry.comparingByKey(
          java.util.Comparator.comparing(WalkingTimes.RoomPair::first).thenComparing(WalkingTimes.RoomPair::second)));
      yaml.writeArrayFieldStart("between");
      for (Map.Entry<WalkingTimes.RoomPair, Integer> pair : pairs) {
        yaml.writeStartObject();
        yaml.writeStringField("from", pair.getKey().first().value());
        yaml.writeStringField("to", pair.getKey().second().value());
        yaml.writeNumberField("minutes", pair.getValue());
        yaml.writeEndObject();
      }
      yaml.writeEndArray();
    }
    yaml.writeEndObject();
  }

  private static void writeSession(JsonGenerator yaml, Session session) throws IOException {
    yaml.writeStartObject();
    yaml.writeStringField("id", session.id().value());
    yaml.writeStringField("title", session.title());
    yaml.writeStringField("start", time(session.start()));
    yaml.writeStringField("end", time(session.end()));
    yaml.writeStringField("room", session.room().value());
    writeIfPresent(yaml, "track", session.track());
    yaml.writeStringField("type", session.type().label());
    if (!session.speakers().isEmpty()) {
      yaml.writeArrayFieldStart("speakers");
      for (Speaker speaker : session.speakers()) {
        writeSpeaker(yaml, speaker);
      }
      yaml.writeEndArray();
    }
    if (!session.tags().isEmpty()) {
      yaml.writeArrayFieldStart("tags");
      for (String tag : session.tags()) {
        yaml.writeString(tag);
      }
      yaml.writeEndArray();
    }
    writeIfPresent(yaml, "abstract", session.abstractText());
    writeIfPresent(yaml, "url", session.url());
    if (!session.signals().isEmpty()) {
      yaml.writeObjectFieldStart("signals");
      if (session.signals().favourites().isPresent()) {
        yaml.writeNumberField("favourites", session.signals().favourites().getAsInt());
      }
      if (session.signals().signups().isPresent()) {
        yaml.writeNumberField("signups", session.signals().signups().getAsInt());
      }
      yaml.writeEndObject();
    }
    yaml.writeEndObject();
  }

  private static void writeSpeaker(JsonGenerator yaml, Speaker speaker) throws IOException {
    if (speaker.organisation().isEmpty()) {
      yaml.writeString(speaker.name());
      return;
    }
    yaml.writeStartObject();
    yaml.writeStringField("name", speaker.name());
    yaml.writeStringField("organisation", speaker.organisation());
    yaml.writeEndObject();
  }

  private static void writeIfPresent(JsonGenerator yaml, String key, String value) throws IOException {
    if (!value.isEmpty()) {
      yaml.writeStringField(key, value);
    }
  }

  /** Local time, unless the zone repeats that local time (autumn), where the offset says which. */
  static String time(ZonedDateTime time) {
    boolean ambiguous = time.getZone().getRules().getValidOffsets(time.toLocalDateTime()).size() > 1;
    if (ambiguous) {
      return time.toOffsetDateTime().toString();
    }
    return (time.getSecond() == 0 && time.getNano() == 0 ? LOCAL_MINUTES : LOCAL_SECONDS).format(time);
  }
}
