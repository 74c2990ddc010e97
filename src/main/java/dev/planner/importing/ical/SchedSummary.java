package dev.planner.importing.ical;

import dev.planner.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Sched {@code SUMMARY} split into title and speakers. Sched writes
 * {@code Title - Name, Org & Name, Org} for two organisations, {@code Name & Name, Org} or
 * {@code Name, Name & Name, Org} for one, and joins three or more organisations with {@code "; "}.
 * Titles may contain {@code " - "} themselves, so only the part after the last one can be speakers,
 * and only when it reads as a speaker list with an organisation. {@code A, B & C, Org} is ambiguous;
 * it is read as two people of two organisations, the form Sched uses far more often.
 */
record SchedSummary(String title, List<Speaker> speakers) {
  private static final String TITLE_SEPARATOR = " - ";
  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_NAME_CHARS = 60;
  private static final int MAX_ORGANISATION_CHARS = 100;

  SchedSummary {
    speakers = List.copyOf(speakers);
  }

  static SchedSummary parse(String summary) {
    String whole = summary.strip();
    int cut = whole.lastIndexOf(TITLE_SEPARATOR);
    if (cut <= 0) {
      return new SchedSummary(whole, List.of());
    }
    String title = whole.substring(0, cut).strip();
    Optional<List<Speaker>> speakers = speakerList(whole.substring(cut + TITLE_SEPARATOR.length()).strip());
    if (title.isEmpty() || speakers.isEmpty()) {
      return new SchedSummary(whole, List.of());
    }
    return new SchedSummary(title, speakers.get());
  }

  private static Optional<List<Speaker>> speakerList(String text) {
    if (!text.contains(", ")) {
      return Optional.empty();
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String group : text.split("; ")) {
      Optional<List<Speaker>> members = group(group.strip());
      if (members.isEmpty()) {
        return Optional.empty();
      }
      speakers.addAll(members.get());
    }
    return Optional.of(speakers);
  }

  /** One organisation's people, or two organisations' when the middle part holds "Org & Name". */
  private static Optional<List<Speaker>> group(String group) {
    String[] parts = group.split(", ");
    if (parts.length == 1) {
      return people(List.of(parts[0]), "");
    }
    String organisation = parts[parts.length - 1].strip();
    if (parts.length == 3 && parts[1].contains(" & ")) {
      int and = parts[1].lastIndexOf(" & ");
      Optional<List<Speaker>> first = people(List.of(parts[0]), parts[1].substring(0, and).strip());
      Optional<List<Speaker>> second = people(List.of(parts[1].substring(and + 3)), organisation);
      if (first.isEmpty() || second.isEmpty()) {
        return Optional.empty();
      }
      List<Speaker> both = new ArrayList<>(first.get());
      both.addAll(second.get());
      return Optional.of(both);
    }
    return people(List.of(parts).subList(0, parts.length - 1), organisation);
  }

  private static Optional<List<Speaker>> people(List<String> nameParts, String organisation) {
    if (organisation.length() > MAX_ORGANISATION_CHARS) {
      return Optional.empty();
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String part : nameParts) {
      for (String name : part.split(" & ")) {
        String trimmed = name.strip();
        if (!looksLikeName(trimmed)) {
          return Optional.empty();
        }
        speakers.add(new Speaker(trimmed, organisation));
      }
    }
    return Optional.of(speakers);
  }

  private static boolean looksLikeName(String name) {
    return !name.isEmpty()
        && name.length() <= MAX_NAME_CHARS
        && name.split("\\s+").length <= MAX_NAME_WORDS
        && Character.isLetter(name.codePointAt(0))
        && name.indexOf(':') < 0;
  }
}
