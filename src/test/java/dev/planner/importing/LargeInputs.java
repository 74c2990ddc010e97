package dev.planner.importing;

import dev.planner.importing.frab.FrabJsonReader;
import dev.planner.importing.frab.FrabXmlReader;
import dev.planner.importing.frab.Schedule2Reader;
import dev.planner.importing.ical.IcalScheduleReader;
import dev.planner.importing.sessionize.SessionizeReader;
import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.importing.userfiles.ObservationReader;
import dev.planner.importing.userfiles.ProfileReader;
import dev.planner.importing.userfiles.RoomStatusReader;
import dev.planner.importing.yaml.YamlScheduleReader;
import dev.planner.model.SessionId;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Inputs of a chosen size for every reader, in three shapes that once cost more than their size: one
 * huge line, a file of many small records, and nesting as deep as the size allows. Used by the bad-input
 * catalogue (through the command line) and by the benchmark of time per MiB.
 */
public final class LargeInputs {
  private static final Set<SessionId> KNOWN = Set.of(new SessionId("d1-keynote"));
  private static final ReadOptions PARIS = new ReadOptions(Optional.of(ZoneId.of("Europe/Paris")), OptionalInt.empty());

  private LargeInputs() {}

  /** What an input is shaped like. */
  public enum Shape {
    LONG_LINE, LONG_FILE, DEEP
  }

  /** Every reader of the planner, with how the command line reaches it and how to read it in-process. */
  public enum Reader {
    ICALENDAR("ics", Family.ICAL, "import", "--from", "ical"),
    FRAB_XML("xml", Family.XML, "import", "--from", "frab-xml"),
    FRAB_JSON("json", Family.JSON, "import", "--from", "frab-json"),
    SCHEDULE2("json", Family.JSON, "import", "--from", "schedule2"),
    SESSIONIZE("json", Family.JSON, "import", "--from", "sessionize", "--timezone", "Europe/Paris"),
    YAML_SCHEDULE("yaml", Family.YAML, "import", "--from", "yaml"),
    ROOMS_CSV("csv", Family.CSV, "rooms", "--rooms"),
    ROOMS_YAML("yaml", Family.YAML, "rooms", "--rooms"),
    ROOM_STATUS("json", Family.JSON, "plan", "--day", "1", "--room-status"),
    PROFILE("yaml", Family.YAML, "rank", "--day", "1", "--profile"),
    MODEL("yaml", Family.YAML, "risk", "--day", "1", "--model"),
    OBSERVATIONS("csv", Family.CSV, "calibrate", "--observations");

    private final String extension;
    private final Family family;
    private final List<String> command;

    Reader(String extension, Family family, String... command) {
      this.extension = extension;
      this.family = family;
      this.command = List.of(command);
    }

    public String extension() {
      return extension;
    }

    /** The command line that reads {@code file} with this reader; {@code schedule} is any small schedule. */
    public List<String> arguments(String file, String schedule) {
      return command.get(0).equals("import")
          ? concat(List.of("import", file), command.subList(1, command.size()))
          : concat(concat(List.of(command.get(0), "-s", schedule), command.subList(1, command.size())), List.of(file));
    }

    /** Reads the input as the command line would; an {@link InvalidInputException} is a refusal. */
    public void read(Source source) {
      reading().accept(source);
    }

    private Consumer<Source> reading() {
      return switch (this) {
        case ICALENDAR -> source -> new IcalScheduleReader().read(source, ReadOptions.NONE);
        case FRAB_XML -> source -> new FrabXmlReader().read(source, ReadOptions.NONE);
        case FRAB_JSON -> source -> new FrabJsonReader().read(source, ReadOptions.NONE);
        case SCHEDULE2 -> source -> new Schedule2Reader().read(source, ReadOptions.NONE);
        case SESSIONIZE -> source -> new SessionizeReader().read(source, PARIS);
        case YAML_SCHEDULE -> source -> new YamlScheduleReader().read(source, ReadOptions.NONE);
        case ROOMS_CSV, ROOMS_YAML -> RoomOverlay::read;
        case ROOM_STATUS -> source -> new RoomStatusReader().read(source);
        case PROFILE -> source -> new ProfileReader().read(source);
        case MODEL -> source -> ModelFileReader.read(source, ModelFileReader.defaults());
        case OBSERVATIONS -> source -> new ObservationReader(KNOWN).read(source);
      };
    }

    /** An input of about {@code bytes} bytes in the given shape. */
    public byte[] input(Shape shape, int bytes) {
      String text = switch (shape) {
        case LONG_LINE -> family.longLine(this, bytes);
        case LONG_FILE -> family.longFile(this, bytes);
        case DEEP -> family.deep(this, bytes);
      };
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The text shapes of one syntax. */
  private enum Family {
    ICAL {
      String longLine(Reader reader, int bytes) {
        return calendar(event(1, "SUMMARY:" + "x".repeat(bytes)));
      }

      String longFile(Reader reader, int bytes) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; events.length() < bytes; i++) {
          events.append(event(i, "SUMMARY:Talk " + i + " on small things"));
        }
        return calendar(events.toString());
      }

      String deep(Reader reader, int bytes) {
        int levels = bytes / 16;
        return calendar("BEGIN:X-NEST\r\n".repeat(levels) + "END:X-NEST\r\n".repeat(levels));
      }

      private String calendar(String body) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//large//EN\r\nX-WR-TIMEZONE:Europe/Paris\r\n" + body
            + "END:VCALENDAR\r\n";
      }

      private String event(int i, String summary) {
        int minute = i % 600;
        String start = String.format(java.util.Locale.ROOT, "20240320T%02d%02d00", 8 + minute / 60, minute % 60);
        return "BEGIN:VEVENT\r\nUID:e" + i + "@large\r\nDTSTART;TZID=Europe/Paris:" + start
            + "\r\nDURATION:PT30M\r\nLOCATION:Room " + (i % 20) + "\r\n" + summary + "\r\nEND:VEVENT\r\n";
      }
    },
    XML {
      String longLine(Reader reader, int bytes) {
        return "<schedule><conference><title>" + "x".repeat(bytes) + "</title></conference></schedule>";
      }

      String longFile(Reader reader, int bytes) {
        StringBuilder text = new StringBuilder("<schedule>\n<conference><title>Large</title><start>2024-03-20</start>"
            + "<end>2024-03-20</end></conference>\n<day index=\"1\" date=\"2024-03-20\">\n<room name=\"Hall\">\n");
        for (int i = 0; text.length() < bytes; i++) {
          text.append("<event id=\"").append(i).append("\"><start>09:00</start><duration>00:30</duration>")
              .append("<room>Hall</room><title>Talk ").append(i).append("</title><type>talk</type></event>\n");
        }
        return text.append("</room>\n</day>\n</schedule>\n").toString();
      }

      String deep(Reader reader, int bytes) {
        int levels = bytes / 8;
        return "<schedule>" + "<a>".repeat(levels) + "</a>".repeat(levels) + "</schedule>";
      }
    },
    JSON {
      String longLine(Reader reader, int bytes) {
        String value = "\"" + "x".repeat(bytes) + "\"";
        return switch (reader) {
          case ROOM_STATUS -> "[{\"roomname\":" + value + ",\"state\":\"1\"}]";
          case SESSIONIZE -> "{\"sessions\":[{\"id\":\"1\",\"title\":" + value + "}],\"rooms\":[],\"speakers\":[]}";
          default -> "{\"schedule\":{\"conference\":{\"title\":" + value + "}}}";
        };
      }

      String longFile(Reader reader, int bytes) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; items.length() < bytes; i++) {
          items.append(i == 0 ? "" : ",\n").append(switch (reader) {
            case ROOM_STATUS -> "{\"roomname\":\"Room " + i + "\",\"state\":\"" + (i % 2) + "\"}";
            default -> "{\"id\":\"" + i + "\",\"title\":\"Talk " + i + "\",\"startsAt\":\"2024-03-20T09:00:00\","
                + "\"endsAt\":\"2024-03-20T09:30:00\",\"roomId\":1,\"speakers\":[],\"categoryItems\":[]}";
          });
        }
        return switch (reader) {
          case ROOM_STATUS -> "[\n" + items + "\n]";
          case SESSIONIZE -> "{\"sessions\":[\n" + items + "\n],\"rooms\":[{\"id\":1,\"name\":\"Hall\"}],\"speakers\":[]}";
          default -> "{\"schedule\":{\"conference\":{\"title\":\"Large\",\"days\":[{\"index\":1,\"date\":\"2024-03-20\","
              + "\"rooms\":{\"Hall\":[\n" + items + "\n]}}]}}}";
        };
      }

      String deep(Reader reader, int bytes) {
        return "{\"schedule\":" + "[".repeat(bytes / 2) + "]".repeat(bytes / 2) + "}";
      }
    },
    YAML {
      String longLine(Reader reader, int bytes) {
        return key(reader) + ": " + "x".repeat(bytes) + "\n";
      }

      String longFile(Reader reader, int bytes) {
        StringBuilder text = new StringBuilder(key(reader) + ":\n");
        for (int i = 0; text.length() < bytes; i++) {
          text.append("  - name: Room ").append(i).append("\n    capacity: ").append(100 + i % 50).append('\n');
        }
        return reader == Reader.ROOMS_YAML ? text.substring(key(reader).length() + 2) : text.toString();
      }

      String deep(Reader reader, int bytes) {
        return key(reader) + ": " + "[".repeat(bytes / 2) + "]".repeat(bytes / 2) + "\n";
      }

      private String key(Reader reader) {
        return switch (reader) {
          case PROFILE -> "interests";
          case MODEL -> "attendance";
          case ROOMS_YAML -> "rooms";
          default -> "conference";
        };
      }
    },
    CSV {
      String longLine(Reader reader, int bytes) {
        return header(reader) + "x".repeat(bytes) + ",1\n";
      }

      String longFile(Reader reader, int bytes) {
        StringBuilder text = new StringBuilder(header(reader));
        for (int i = 0; text.length() < bytes; i++) {
          text.append(reader == Reader.OBSERVATIONS ? "d1-keynote," + (i % 2) : "Room " + i + "," + (100 + i % 50))
              .append('\n');
        }
        return text.toString();
      }

      /** CSV does not nest: the deepest thing it has is a quoted field running over many lines. */
      String deep(Reader reader, int bytes) {
        return header(reader) + "\"" + "a\n".repeat(bytes / 2) + "\",1\n";
      }

      private String header(Reader reader) {
        return reader == Reader.OBSERVATIONS ? "id,full\n" : "name,capacity\n";
      }
    };

    abstract String longLine(Reader reader, int bytes);

    abstract String longFile(Reader reader, int bytes);

    abstract String deep(Reader reader, int bytes);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
  }
}
