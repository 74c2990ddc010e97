package dev.planner.importing.userfiles;

import dev.planner.importing.BundledFiles;
import dev.planner.importing.Diagnostics;
import dev.planner.importing.Fields;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.Node;
import dev.planner.importing.NodeParser;
import dev.planner.importing.Source;

import dev.planner.model.SessionType;
import dev.planner.overflow.ArrivalCurve;
import dev.planner.overflow.OverflowParameters;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads overflow model files (docs/overflow-model.md): the defaults shipped in the jar, and a user's
 * {@code --model FILE} that overrides any subset of their keys. Weight maps merge entry by entry.
 * Unknown keys and out-of-range values are errors at their line.
 */
public final class ModelFileReader {
  /** The defaults shipped in the jar. */
  public static final String DEFAULT_RESOURCE = "/dev/planner/overflow/default-model.yaml";
  /** The same defaults as a binary snapshot, written by the build so that start-up needs no parser. */
  public static final String DEFAULT_SNAPSHOT_RESOURCE = "/dev/planner/overflow/default-model.snapshot";
  private static final String DEFAULT_NAME = "default-model.yaml (bundled)";

  private static final Set<String> TOP_KEYS = Set.of("attendance", "choice", "demand", "levels", "arrival", "spill");
  private static final Set<String> ATTENDANCE_KEYS = Set.of("noShow", "inSessions", "keynoteInSessions",
      "afterKeynoteFactor", "afterKeynoteMinutes", "lastSlotFactor", "lastSlotMinutes", "lastDayFactor");
  private static final Set<String> CHOICE_KEYS = Set.of("hallwayUtility", "minOverlap", "signalWeight", "roomWeight",
      "referenceMinutes", "typeWeights", "trackWeights", "hotTopics", "abstractFactor", "durationWeight",
      "sharedTopicWeight", "repeatSpeakerWeight");
  private static final Set<String> DEMAND_KEYS = Set.of("forecastCv", "slotShock", "quadratureNodes", "capacityFactor");
  private static final Set<String> LEVEL_KEYS = Set.of("medium", "high");
  private static final Set<String> ARRIVAL_KEYS = Set.of("peakMinutes", "windowMinutes", "earliestShare");
  /** Keys a complete model file may leave out: added later (earliestShare) or without effect (minOverlap). */
  private static final Set<String> OPTIONAL_KEYS = Set.of("arrival.earliestShare", "choice.minOverlap");
  private static final Set<String> SPILL_KEYS = Set.of("share");
  private static final double WEIGHT_LIMIT = 100;

  private ModelFileReader() {}

  /** Read once per process, by whichever thread asks first: a run may begin reading it early, on another thread. */
  private static OverflowParameters shipped;

  /** The model shipped in the jar. */
  public static synchronized OverflowParameters defaults() {
    if (shipped == null) {
      shipped = readDefaults();
    }
    return shipped;
  }

  private static OverflowParameters readDefaults() {
    try (InputStream snapshot = BundledFiles.open(DEFAULT_SNAPSHOT_RESOURCE)) {
      if (snapshot != null) {
        return ModelSnapshot.read(snapshot);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the default model: " + e.getMessage(), e);
    }
    try (InputStream in = BundledFiles.open(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the default model is missing from the jar: rebuild with mvn package");
      }
      return read(Source.ofText(DEFAULT_NAME, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)),
          Optional.empty());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the default model: " + e.getMessage(), e);
    }
  }

  /** A model file that sets every parameter, as the shipped defaults do. */
  public static OverflowParameters readComplete(Source source) {
    return read(source, Optional.empty());
  }

  /** The parameters of {@code base} with every key the file sets replaced. */
  public static OverflowParameters read(Source source, OverflowParameters base) {
    return read(source, Optional.of(base));
  }

  private static OverflowParameters read(Source source, Optional<OverflowParameters> base) {
    Diagnostics diagnostics = new Diagnostics(source.name());
    String text = source.text();
    // JSON is YAML too, but its own parser starts far faster: the shipped defaults are JSON.
    Node root = text.startsWith("{") ? NodeParser.parseJson(text, source.name()) : NodeParser.parseYaml(text, source.name());
    if (root instanceof Node.Null) {
      if (base.isPresent()) {
        return base.get();
      }
      throw InvalidInputException.at(source.name(), 1, 1, "the model file is empty");
    }
    Fields top = Fields.of(root, diagnostics, "the model").orElseThrow(diagnostics::failure);
    top.rejectUnknown(TOP_KEYS, true);
    Values values = new Values(base, top, diagnostics);
    section(top, "attendance", ATTENDANCE_KEYS, diagnostics, values::readAttendance);
    section(top, "choice", CHOICE_KEYS, diagnostics, values::readChoice);
    section(top, "demand", DEMAND_KEYS, diagnostics, values::readDemand);
    section(top, "levels", LEVEL_KEYS, diagnostics, values::readLevels);
    section(top, "arrival", ARRIVAL_KEYS, diagnostics, values::readArrival);
    section(top, "spill", SPILL_KEYS, diagnostics, values::readSpill);
    diagnostics.throwIfErrors();
    OverflowParameters parameters = values.build();
    diagnostics.throwIfErrors();
    return parameters;
  }

  private static void section(Fields top, String key, Set<String> known, Diagnostics diagnostics, Consumer<Fields> reader) {
    top.node(key).flatMap(node -> Fields.of(node, diagnostics, "'" + key + "'")).ifPresent(fields -> {
      fields.rejectUnknown(known, true);
      reader.accept(fields);
    });
  }

  /** The values read so far, starting from the base model's; a missing one stays null. */
  private static final class Values {
    private final Fields top;
    private final Diagnostics diagnostics;
    private final Map<String, Number> numbers = new TreeMap<>();
    private final Map<SessionType, Double> typeWeights = new EnumMap<>(SessionType.class);
    private final Map<String, Double> trackWeights = new TreeMap<>();
    private final Map<String, Double> hotTopics = new TreeMap<>();

    Values(Optional<OverflowParameters> base, Fields top, Diagnostics diagnostics) {
      this.top = top;
      this.diagnostics = diagnostics;
      base.ifPresent(this::start);
    }

    private void start(OverflowParameters base) {
      OverflowParameters.Attendance a = base.attendance();
      numbers.put("attendance.noShow", a.noShow());
      numbers.put("attendance.inSessions", a.inSessions());
      numbers.put("attendance.keynoteInSessions", a.keynoteInSessions());
      numbers.put("attendance.afterKeynoteFactor", a.afterKeynoteFactor());
      numbers.put("attendance.afterKeynoteMinutes", a.afterKeynoteMinutes());
      numbers.put("attendance.lastSlotFactor", a.lastSlotFactor());
      numbers.put("attendance.lastSlotMinutes", a.lastSlotMinutes());
      numbers.put("attendance.lastDayFactor", a.lastDayFactor());
      OverflowParameters.Choice c = base.choice();
      numbers.put("choice.hallwayUtility", c.hallwayUtility());
      numbers.put("choice.minOverlap", c.minOverlap());
      numbers.put("choice.signalWeight", c.signalWeight());
      numbers.put("choice.roomWeight", c.roomWeight());
      numbers.put("choice.referenceMinutes", c.referenceMinutes());
      numbers.put("choice.abstractFactor", c.content().abstractFactor());
      numbers.put("choice.durationWeight", c.content().durationWeight());
      numbers.put("choice.sharedTopicWeight", c.content().sharedTopicWeight());
      numbers.put("choice.repeatSpeakerWeight", c.content().repeatSpeakerWeight());
      typeWeights.putAll(c.typeWeights());
      trackWeights.putAll(c.trackWeights());
      hotTopics.putAll(c.hotTopics());
      OverflowParameters.Demand d = base.demand();
      numbers.put("demand.forecastCv", d.forecastCv());
      numbers.put("demand.slotShock", d.slotShock());
      numbers.put("demand.quadratureNodes", d.quadratureNodes());
      numbers.put("demand.capacityFactor", d.capacityFactor());
      numbers.put("levels.medium", base.levels().medium());
      numbers.put("levels.high", base.levels().high());
      numbers.put("arrival.peakMinutes", base.arrival().peakMinutes());
      numbers.put("arrival.windowMinutes", base.arrival().windowMinutes());
      numbers.put("arrival.earliestShare", base.arrival().earliestShare());
      numbers.put("spill.share", base.spillShare());
    }

    void readAttendance(Fields f) {
      decimal(f, "attendance", "noShow", 0, 1);
      decimal(f, "attendance", "inSessions", 0, 1);
      decimal(f, "attendance", "keynoteInSessions", 0, 1);
      decimal(f, "attendance", "afterKeynoteFactor", 0.01, 10);
      whole(f, "attendance", "afterKeynoteMinutes", 0, 240);
      decimal(f, "attendance", "lastSlotFactor", 0.01, 10);
      whole(f, "attendance", "lastSlotMinutes", 0, 720);
      decimal(f, "attendance", "lastDayFactor", 0.01, 10);
    }

    void readChoice(Fields f) {
      decimal(f, "choice", "hallwayUtility", -WEIGHT_LIMIT, WEIGHT_LIMIT);
      decimal(f, "choice", "minOverlap", 0.01, 1);
      decimal(f, "choice", "signalWeight", -WEIGHT_LIMIT, WEIGHT_LIMIT);
      decimal(f, "choice", "roomWeight", -WEIGHT_LIMIT, WEIGHT_LIMIT);
      decimal(f, "choice", "referenceMinutes", 1, 240);
      decimal(f, "choice", "abstractFactor", 0, 1);
      decimal(f, "choice", "durationWeight", -WEIGHT_LIMIT, WEIGHT_LIMIT);
      decimal(f, "choice", "sharedTopicWeight", -WEIGHT_LIMIT, WEIGHT_LIMIT);
      decimal(f, "choice", "repeatSpeakerWeight", -WEIGHT_LIMIT, WEIGHT_LIMIT);
      weights(f, "typeWeights", SessionType::fromLabel, typeWeights);
      weights(f, "trackWeights", key -> key, trackWeights);
      weights(f, "hotTopics", key -> key.strip().isEmpty() ? null : key, hotTopics);
    }

    void readDemand(Fields f) {
      decimal(f, "demand", "forecastCv", 0.01, 10);
      decimal(f, "demand", "slotShock", 0, 2);
      whole(f, "demand", "quadratureNodes", 1, 100);
      decimal(f, "demand", "capacityFactor", 0.1, 10);
    }

    void readLevels(Fields f) {
      decimal(f, "levels", "medium", 0, 1);
      decimal(f, "levels", "high", 0, 1);
    }

    void readArrival(Fields f) {
      decimal(f, "arrival", "peakMinutes", 0, 240);
      decimal(f, "arrival", "windowMinutes", 0.1, 240);
      decimal(f, "arrival", "earliestShare", 0, 0.99);
    }

    void readSpill(Fields f) {
      decimal(f, "spill", "share", 0, 1);
    }

    private void decimal(Fields f, String section, String key, double min, double max) {
      f.decimal(key, min, max).ifPresent(value -> numbers.put(section + "." + key, value));
    }

    private void whole(Fields f, String section, String key, int min, int max) {
      f.integer(key, min, max).ifPresent(value -> numbers.put(section + "." + key, value));
    }

    private <K> void weights(Fields f, String key, java.util.function.Function<String, K> keys, Map<K, Double> into) {
      f.node(key).flatMap(node -> Fields.of(node, diagnostics, "'" + key + "'")).ifPresent(map -> {
        for (Node.Field field : map.mapping().fields().values()) {
          K parsedKey;
          try {
            parsedKey = keys.apply(field.key());
          } catch (IllegalArgumentException e) {
            parsedKey = null;
          }
          if (parsedKey == null) {
            diagnostics.error(field.line(), field.column(), "unknown or empty key '" + field.key() + "' in '" + key + "'");
            continue;
          }
          K accepted = parsedKey;
          map.decimal(field.key(), -WEIGHT_LIMIT, WEIGHT_LIMIT).ifPresent(value -> into.put(accepted, value));
        }
      });
    }

    OverflowParameters build() {
      for (String key : allKeys()) {
        if (!numbers.containsKey(key) && !OPTIONAL_KEYS.contains(key)) {
          top.errorAt(key.substring(0, key.indexOf('.')), "the model has no '" + key + "'");
        }
      }
      if (diagnostics.hasErrors()) {
        return null;
      }
      try {
        return new OverflowParameters(
            new OverflowParameters.Attendance(d("attendance.noShow"), d("attendance.inSessions"),
                d("attendance.keynoteInSessions"), d("attendance.afterKeynoteFactor"), i("attendance.afterKeynoteMinutes"),
                d("attendance.lastSlotFactor"), i("attendance.lastSlotMinutes"), d("attendance.lastDayFactor")),
            new OverflowParameters.Choice(d("choice.hallwayUtility"), typeWeights, trackWeights, hotTopics,
                d("choice.signalWeight"), d("choice.roomWeight"), numbers.getOrDefault("choice.minOverlap", 0.5).doubleValue(),
                d("choice.referenceMinutes"),
                new OverflowParameters.ContentTerms(d("choice.abstractFactor"), d("choice.durationWeight"),
                    d("choice.sharedTopicWeight"), d("choice.repeatSpeakerWeight"))),
            new OverflowParameters.Demand(d("demand.forecastCv"), d("demand.slotShock"), i("demand.quadratureNodes"),
                d("demand.capacityFactor")),
            new OverflowParameters.LevelThresholds(d("levels.medium"), d("levels.high")),
            new ArrivalCurve(d("arrival.peakMinutes"), d("arrival.windowMinutes"),
                numbers.getOrDefault("arrival.earliestShare", ArrivalCurve.DEFAULT_EARLIEST_SHARE).doubleValue()),
            d("spill.share"));
      } catch (IllegalArgumentException e) {
        diagnostics.error(top.line(), 0, "inconsistent model: " + e.getMessage());
        return null;
      }
    }

    private static Set<String> allKeys() {
      java.util.TreeSet<String> keys = new java.util.TreeSet<>();
      ATTENDANCE_KEYS.forEach(key -> keys.add("attendance." + key));
      CHOICE_KEYS.stream().filter(key -> !key.endsWith("Weights") && !key.equals("hotTopics"))
          .forEach(key -> keys.add("choice." + key));
      DEMAND_KEYS.forEach(key -> keys.add("demand." + key));
      LEVEL_KEYS.forEach(key -> keys.add("levels." + key));
      ARRIVAL_KEYS.forEach(key -> keys.add("arrival." + key));
      SPILL_KEYS.forEach(key -> keys.add("spill." + key));
      return keys;
    }

    private double d(String key) {
      return numbers.get(key).doubleValue();
    }

    private int i(String key) {
      return numbers.get(key).intValue();
    }
  }
}
