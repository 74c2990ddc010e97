package dev.planner.overflow;

import dev.planner.model.Room;
import dev.planner.model.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** The utility v_j of a session in the multinomial logit, as a list of named terms. */
final class Attractiveness {
  private final OverflowParameters.Choice choice;
  private final List<Map.Entry<String, Double>> topics;
  private final double medianSeats;
  private final double medianLogSignal;

  /**
   * @param medianSeats the median seat count of the rooms holding sessions, for the room term
   * @param medianLogSignal the median ln(1 + s) over sessions with signals, 0 when none have any
   */
  Attractiveness(OverflowParameters.Choice choice, double medianSeats, double medianLogSignal) {
    this.choice = choice;
    this.topics = List.copyOf(choice.sortedHotTopics().entrySet());
    this.medianSeats = medianSeats;
    this.medianLogSignal = medianLogSignal;
  }

  List<ModelTerm> terms(Session session, Room room) {
    List<ModelTerm> terms = new ArrayList<>();
    terms.add(new ModelTerm("type " + session.type().label(), choice.typeWeight(session.type())));
    double track = choice.trackWeight(session.track());
    if (track != 0) {
      terms.add(new ModelTerm("track " + session.track().strip(), track));
    }
    String text = searchableText(session);
    for (Map.Entry<String, Double> topic : topics) {
      if (containsWord(text, topic.getKey())) {
        terms.add(new ModelTerm("topic " + topic.getKey(), topic.getValue()));
      }
    }
    OptionalInt signal = session.signals().strongest();
    if (signal.isPresent() && choice.signalWeight() != 0) {
      // Relative to the schedule's median, so that a source that counts more does not empty the hallway.
      double relative = Math.log1p(signal.getAsInt()) - medianLogSignal;
      terms.add(new ModelTerm("signals " + signal.getAsInt(), choice.signalWeight() * relative));
    }
    double minutes = java.time.Duration.between(session.start(), session.end()).toSeconds() / 60.0;
    double length = choice.lengthTerm(minutes);
    if (length != 0) {
      // Shorter than a slot: the session holds people for part of it, so it draws in proportion.
      terms.add(new ModelTerm(String.format(Locale.ROOT, "length %.0f of %.0f min", minutes, choice.referenceMinutes()),
          length));
    }
    double roomTerm = choice.roomWeight() * Math.log(room.capacity() / medianSeats);
    terms.add(new ModelTerm("room " + room.capacity() + " seats", roomTerm));
    return terms;
  }

  static double sum(List<ModelTerm> terms) {
    double sum = 0;
    for (ModelTerm term : terms) {
      sum += term.value();
    }
    return sum;
  }

  private static String searchableText(Session session) {
    StringBuilder text = new StringBuilder(session.title()).append('\n').append(session.abstractText());
    session.tags().forEach(tag -> text.append('\n').append(tag));
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether the phrase occurs with no letter or digit right before or after it. */
  static boolean containsWord(String text, String phrase) {
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      int after = at + phrase.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endsWord = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
      if (startsWord && endsWord) {
        return true;
      }
    }
    return false;
  }
}
