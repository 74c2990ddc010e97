package dev.planner.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one attendee cares about: weighted words and phrases, tracks and types (negative weights are
 * things to avoid), people and companies to follow, sessions to always or never plan, and preferences.
 */
public record Profile(
    Map<String, Double> interests,
    Map<String, Double> tracks,
    Map<SessionType, Double> types,
    List<String> speakers,
    List<String> companies,
    List<String> mustSee,
    List<String> skip,
    Preferences preferences) {

  /** Runs of white space in a title, compiled once: must-see and skip names are compared with every session's. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The profile of someone who has said nothing: every talk is as good as any other. */
  public static final Profile EMPTY =
      new Profile(Map.of(), Map.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), Preferences.DEFAULT);

  public Profile {
    interests = Map.copyOf(Objects.requireNonNull(interests, "interests"));
    tracks = Map.copyOf(Objects.requireNonNull(tracks, "tracks"));
    types = Map.copyOf(Objects.requireNonNull(types, "types"));
    speakers = Checks.listOf(speakers, "speakers");
    companies = Checks.listOf(companies, "companies");
    mustSee = Checks.listOf(mustSee, "mustSee");
    skip = Checks.listOf(skip, "skip");
    Objects.requireNonNull(preferences, "preferences");
  }

  /** Whether the session is named in the must-see list, by id or by title in any case. */
  public boolean isMustSee(Session session) {
    return names(mustSee, session);
  }

  /** Whether the session is named in the skip list, by id or by title in any case. */
  public boolean isSkipped(Session session) {
    return names(skip, session);
  }

  private static boolean names(List<String> list, Session session) {
    // A loop, not a stream: planning asks this of every session, and most lists are empty.
    for (String name : list) {
      if (names(name, session)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a name from a profile list stands for the session: its id, or its title with case and runs
   * of spaces not counting (a title copied from a web page rarely keeps either).
   */
  public static boolean names(String name, Session session) {
    return name.equals(session.id().value()) || comparable(name).equals(comparable(session.title()));
  }

  private static String comparable(String title) {
    return SPACES.matcher(title.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
  }
}
