package dev.planner.importing.ical;

import dev.planner.model.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Sched {@code SUMMARY} split into title and speakers. Sched writes
 * {@code Title - Name, Org & Name, Org} for two organisations, {@code Name & Name, Org} or
 * {@code Name, Name & Name, Org} for one, and joins three or more organisations with {@code "; "}.
 * Titles may contain {@code " - "} themselves, so only the part after the last one can be speakers,
 * and only when it reads as a speaker list with an organisation. {@code A, B & C, Org} is ambiguous;
 * it is read as two people of two organisations, the form Sched uses far more often. Keynotes add
 * each person's role: {@code Name, Role, Company & Name, Role, Company}, told by the job words in the
 * middle parts.
 */
record SchedSummary(String title, List<Speaker> speakers) {
  private static final String TITLE_SEPARATOR = " - ";
  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_NAME_CHARS = 60;
  private static final int MAX_ORGANISATION_CHARS = 100;
  /** Words of job titles, which names and companies rarely contain. */
  private static final Pattern ROLE = Pattern.compile(
      "\\b(director|cto|ceo|cfo|coo|cio|ciso|vp|vice president|president|chief|head|lead|engineer|engineering"
          + "|founder|co-founder|manager|principal|architect|officer|executive|developer|advocate|maintainer"
          + "|staff|sr\\.|senior|distinguished|fellow|researcher|scientist|product|general manager|chair|member"
          + "|evangelist|strategist|consultant|specialist|analyst|partner|owner|professor|student)\\b",
      Pattern.CASE_INSENSITIVE);

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
    for (String group : split(text, "; ")) {
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
    if (namesRoles(group)) {
      return peopleWithRoles(group);
    }
    String[] parts = split(group, ", ");
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

  /** Whether some person of the group is written {@code Name, Role..., Company}. */
  private static boolean namesRoles(String group) {
    for (String person : split(group, " & ")) {
      String[] parts = split(person, ", ");
      for (int i = 1; i < parts.length - 1; i++) {
        if (ROLE.matcher(parts[i]).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code Name, Role..., Company & Name, Role..., Company}: the first part names, the last is the company. */
  private static Optional<List<Speaker>> peopleWithRoles(String group) {
    List<Speaker> speakers = new ArrayList<>();
    for (String person : split(group, " & ")) {
      String[] parts = split(person, ", ");
      String organisation = parts.length > 1 ? parts[parts.length - 1].strip() : "";
      Optional<List<Speaker>> named = people(List.of(parts[0]), organisation);
      if (named.isEmpty()) {
        return Optional.empty();
      }
      speakers.addAll(named.get());
    }
    return Optional.of(speakers);
  }

  private static Optional<List<Speaker>> people(List<String> nameParts, String organisation) {
    if (organisation.length() > MAX_ORGANISATION_CHARS) {
      return Optional.empty();
    }
    List<Speaker> speakers = new ArrayList<>();
    for (String part : nameParts) {
      for (String name : split(part, " & ")) {
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
        && words(name) <= MAX_NAME_WORDS
        && Character.isLetter(name.codePointAt(0))
        && name.indexOf(':') < 0;
  }

  /**
   * As {@link String#split} with a literal separator, without compiling it as an expression each
   * time: the parts between separators, trailing empty parts dropped, the whole text when there is none.
   */
  static String[] split(String text, String separator) {
    int next = text.indexOf(separator);
    if (next < 0) {
      return new String[] {text};
    }
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (next >= 0) {
      parts.add(text.substring(from, next));
      from = next + separator.length();
      next = text.indexOf(separator, from);
    }
    parts.add(text.substring(from));
    int size = parts.size();
    while (size > 0 && parts.get(size - 1).isEmpty()) {
      size--;
    }
    // An array of the right size, filled in place: an empty one would be grown by reflection, slow in a cold run.
    return parts.subList(0, size).toArray(new String[size]);
  }

  /** The words of a name with no space at either end: runs of spaces, tabs and line breaks part them. */
  private static int words(String name) {
    int words = 1;
    boolean inSpace = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && !inSpace) {
        words++;
      }
      inSpace = space;
    }
    return words;
  }
}
