package dev.planner.overflow;

import dev.planner.model.Room;
import dev.planner.model.Session;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/** The utility v_j of a session in the multinomial logit, as a list of named terms. */
final class Attractiveness {
  private final OverflowParameters.Choice choice;
  /** Single-word hot topics by their folded form, matched against a session's topic words. */
  private final Map<String, Map.Entry<String, Double>> wordTopics = new HashMap<>();
  /** Hot topics of several words, found as phrases in the text. */
  private final List<Map.Entry<String, Double>> phraseTopics = new ArrayList<>();
  private final double medianSeats;
  private final double medianLogSignal;
  private final ChoiceFeatures features;

  /**
   * @param medianSeats the median seat count of the rooms holding sessions, for the room term
   * @param medianLogSignal the median ln(1 + s) over sessions with signals, 0 when none have any
   * @param plannable the schedule's plannable sessions, for the terms that look at the whole schedule
   */
  Attractiveness(OverflowParameters.Choice choice, double medianSeats, double medianLogSignal, List<Session> plannable) {
    this(choice, medianSeats, medianLogSignal, new ChoiceFeatures(plannable));
  }

  /** @param features what the schedule's plannable sessions say, shared by the days of one schedule */
  Attractiveness(OverflowParameters.Choice choice, double medianSeats, double medianLogSignal, ChoiceFeatures features) {
    this.choice = choice;
    for (Map.Entry<String, Double> topic : choice.sortedHotTopics().entrySet()) {
      Set<String> words = TopicWords.of(topic.getKey());
      if (words.size() == 1 && isOneWord(topic.getKey())) {
        wordTopics.putIfAbsent(words.iterator().next(), topic);
      } else {
        phraseTopics.add(topic);
      }
    }
    this.medianSeats = medianSeats;
    this.medianLogSignal = medianLogSignal;
    this.features = features;
  }

  List<ModelTerm> terms(Session session, Room room) {
    List<ModelTerm> terms = new ArrayList<>();
    terms.add(new ModelTerm("type " + session.type().label(), choice.typeWeight(session.type())));
    double track = choice.trackWeight(session.track());
    if (track != 0) {
      terms.add(new ModelTerm("track " + session.track().strip(), track));
    }
    ChoiceFeatures.Of input = features.of(session);
    addTopics(session, input, terms);
    addContent(input, terms);
    OptionalInt signal = session.signals().strongest();
    if (signal.isPresent() && choice.signalWeight() != 0) {
      // Relative to the schedule's median, so that a source that counts more does not empty the hallway.
      double relative = Math.log1p(signal.getAsInt()) - medianLogSignal;
      terms.add(new ModelTerm("signals " + signal.getAsInt(), choice.signalWeight() * relative));
    }
    double minutes = input.minutes();
    double length = choice.lengthTerm(minutes);
    if (length != 0) {
      // Shorter than a slot: the session holds people for part of it, so it draws in proportion.
      terms.add(new ModelTerm("length " + Math.round(minutes) + " of " + Math.round(choice.referenceMinutes()) + " min",
          length));
    }
    double roomTerm = choice.roomWeight() * Math.log(room.capacity() / medianSeats);
    terms.add(new ModelTerm("room " + room.capacity() + " seats", roomTerm));
    return terms;
  }

  /** Hot topics in the title weigh in full; found only in the abstract or tags, {@code abstractFactor} of that. */
  private void addTopics(Session session, ChoiceFeatures.Of input, List<ModelTerm> terms) {
    double elsewhere = choice.content().abstractFactor();
    // The session's few words looked up among the many topics, listed in the topics' order.
    Map<String, ModelTerm> found = new TreeMap<>();
    for (String word : input.titleWords()) {
      Map.Entry<String, Double> topic = wordTopics.get(word);
      if (topic != null) {
        found.put(word, new ModelTerm("topic " + topic.getKey(), topic.getValue()));
      }
    }
    if (elsewhere != 0) {
      for (String word : input.bodyWords()) {
        Map.Entry<String, Double> topic = wordTopics.get(word);
        if (topic != null) {
          found.putIfAbsent(word, new ModelTerm("topic " + topic.getKey() + " (abstract)", elsewhere * topic.getValue()));
        }
      }
    }
    terms.addAll(found.values());
    if (phraseTopics.isEmpty()) {
      return;
    }
    String title = session.title().toLowerCase(Locale.ROOT);
    String body = ChoiceFeatures.bodyText(session).toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Double> topic : phraseTopics) {
      if (containsWord(title, topic.getKey())) {
        terms.add(new ModelTerm("topic " + topic.getKey(), topic.getValue()));
      } else if (elsewhere != 0 && containsWord(body, topic.getKey())) {
        terms.add(new ModelTerm("topic " + topic.getKey() + " (abstract)", elsewhere * topic.getValue()));
      }
    }
  }

  // The terms' numbers are written in Locale.US, as the root locale writes them, without a
  // formatter first reading the JDK's locale data.
  private void addContent(ChoiceFeatures.Of input, List<ModelTerm> terms) {
    OverflowParameters.ContentTerms content = choice.content();
    double longer = durationValue(input.minutes(), choice.referenceMinutes());
    if (content.durationWeight() != 0 && longer != 0) {
      terms.add(new ModelTerm(String.format(Locale.US, "duration %.0f min", input.minutes()),
          content.durationWeight() * longer));
    }
    if (content.sharedTopicWeight() != 0 && input.sharedTopics() != 0) {
      terms.add(new ModelTerm(String.format(Locale.US, "shared topics %.2f", input.sharedTopics()),
          content.sharedTopicWeight() * input.sharedTopics()));
    }
    if (content.repeatSpeakerWeight() != 0 && input.repeatSpeaker()) {
      terms.add(new ModelTerm("speaker of several sessions", content.repeatSpeakerWeight()));
    }
  }

  /** ln(minutes / referenceMinutes) for sessions longer than the reference, else 0. */
  static double durationValue(double minutes, double referenceMinutes) {
    return minutes > referenceMinutes ? Math.log(minutes / referenceMinutes) : 0;
  }

  static double sum(List<ModelTerm> terms) {
    double sum = 0;
    for (ModelTerm term : terms) {
      sum += term.value();
    }
    return sum;
  }

  /** Whether the text is one run of letters, numbers, '+' and '#', and nothing else. */
  static boolean isOneWord(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!(Character.isLetter(c) || isNumber(c) || c == '+' || c == '#')) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
