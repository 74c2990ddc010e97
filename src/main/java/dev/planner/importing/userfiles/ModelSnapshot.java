package dev.planner.importing.userfiles;

import dev.planner.model.SessionType;
import dev.planner.overflow.ArrivalCurve;
import dev.planner.overflow.OverflowParameters;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compact binary copy of an overflow model, made at build time from the shipped defaults so that a
 * run reads them without starting a JSON or YAML parser. Reading a snapshot gives parameters equal to
 * the ones written; a snapshot of another version is refused.
 */
public final class ModelSnapshot {
  private static final int MAGIC = 0x504c4e4d; // "PLNM"
  private static final int VERSION = 1;

  private ModelSnapshot() {}

  public static void write(OverflowParameters parameters, OutputStream target) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    OverflowParameters.Attendance attendance = parameters.attendance();
    doubles(out, attendance.noShow(), attendance.inSessions(), attendance.keynoteInSessions(),
        attendance.afterKeynoteFactor());
    out.writeInt(attendance.afterKeynoteMinutes());
    out.writeDouble(attendance.lastSlotFactor());
    out.writeInt(attendance.lastSlotMinutes());
    out.writeDouble(attendance.lastDayFactor());
    OverflowParameters.Choice choice = parameters.choice();
    out.writeDouble(choice.hallwayUtility());
    out.writeInt(choice.typeWeights().size());
    for (Map.Entry<SessionType, Double> weight : new TreeMap<>(choice.typeWeights()).entrySet()) {
      out.writeUTF(weight.getKey().name());
      out.writeDouble(weight.getValue());
    }
    weights(out, choice.trackWeights());
    weights(out, choice.hotTopics());
    doubles(out, choice.signalWeight(), choice.roomWeight(), choice.minOverlap(), choice.referenceMinutes());
    OverflowParameters.ContentTerms content = choice.content();
    doubles(out, content.abstractFactor(), content.durationWeight(), content.sharedTopicWeight(),
        content.repeatSpeakerWeight());
    OverflowParameters.Demand demand = parameters.demand();
    doubles(out, demand.forecastCv(), demand.slotShock());
    out.writeInt(demand.quadratureNodes());
    out.writeDouble(demand.capacityFactor());
    doubles(out, parameters.levels().medium(), parameters.levels().high());
    ArrivalCurve arrival = parameters.arrival();
    doubles(out, arrival.peakMinutes(), arrival.windowMinutes(), arrival.earliestShare());
    out.writeDouble(parameters.spillShare());
    out.flush();
  }

  /**
   * Reads a snapshot.
   *
   * @throws IOException when the bytes are no model snapshot of this version
   */
  public static OverflowParameters read(InputStream source) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(source));
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a model snapshot of version " + VERSION);
    }
    OverflowParameters.Attendance attendance = new OverflowParameters.Attendance(in.readDouble(), in.readDouble(),
        in.readDouble(), in.readDouble(), in.readInt(), in.readDouble(), in.readInt(), in.readDouble());
    double hallway = in.readDouble();
    Map<SessionType, Double> types = new EnumMap<>(SessionType.class);
    for (int i = in.readInt(); i > 0; i--) {
      types.put(SessionType.valueOf(in.readUTF()), in.readDouble());
    }
    Map<String, Double> tracks = weights(in);
    Map<String, Double> topics = weights(in);
    double signal = in.readDouble();
    double room = in.readDouble();
    double minOverlap = in.readDouble();
    double referenceMinutes = in.readDouble();
    OverflowParameters.ContentTerms content = new OverflowParameters.ContentTerms(in.readDouble(), in.readDouble(),
        in.readDouble(), in.readDouble());
    OverflowParameters.Choice choice = new OverflowParameters.Choice(hallway, types, tracks, topics, signal, room,
        minOverlap, referenceMinutes, content);
    OverflowParameters.Demand demand = new OverflowParameters.Demand(in.readDouble(), in.readDouble(), in.readInt(),
        in.readDouble());
    OverflowParameters.LevelThresholds levels = new OverflowParameters.LevelThresholds(in.readDouble(), in.readDouble());
    ArrivalCurve arrival = new ArrivalCurve(in.readDouble(), in.readDouble(),
        in.readDouble());
    return new OverflowParameters(attendance, choice, demand, levels, arrival, in.readDouble());
  }

  private static void doubles(DataOutputStream out, double... values) throws IOException {
    for (double value : values) {
      out.writeDouble(value);
    }
  }

  private static void weights(DataOutputStream out, Map<String, Double> weights) throws IOException {
    out.writeInt(weights.size());
    for (Map.Entry<String, Double> weight : new TreeMap<>(weights).entrySet()) {
      out.writeUTF(weight.getKey());
      out.writeDouble(weight.getValue());
    }
  }

  private static Map<String, Double> weights(DataInputStream in) throws IOException {
    int count = in.readInt();
    Map<String, Double> weights = new HashMap<>(2 * count);
    for (int i = 0; i < count; i++) {
      weights.put(in.readUTF(), in.readDouble());
    }
    return weights;
  }
}
