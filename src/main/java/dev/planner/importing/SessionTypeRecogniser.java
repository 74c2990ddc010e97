package dev.planner.importing;

import dev.planner.model.SessionType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tells what kind of item a feed entry is from the words feeds use: a type or category label
 * ("lightningtalk", "BREAKS"), a title prefix ("Keynote: ..."), or, for entries without speakers,
 * a service title ("Badge Pick-Up", "Coffee Break", "Lunch", "Group Fun Run", an expo hall's opening or its
 * booth demos, which people drop in and out of); an entry whose title
 * says it needs a registration of its own is ticketed, whatever else it says.
 */
public final class SessionTypeRecogniser {
  /** Label rules, first match wins; the patterns are searched in the lower-cased label. */
  private static final List<Rule> LABEL_RULES = List.of(
      new Rule("\\bsponsored\\b|\\bsponsor\\b", SessionType.SPONSORED),
      new Rule("keynote", SessionType.KEYNOTE),
      new Rule("lightning", SessionType.LIGHTNING),
      new Rule("registration|\\bbadge|cloakroom|check-?in", SessionType.REGISTRATION),
      new Rule("\\blunch|breakfast|dinner|\\bmeals?\\b", SessionType.MEAL),
      new Rule("\\bbreaks?\\b|coffee", SessionType.BREAK),
      // A whole label of social events, not a track that happens to say "social" ("Social Web").
      new Rule("^socials?( events?| activit(y|ies)| programme| program)?$|reception|\\bparty\\b|happy hour", SessionType.SOCIAL),
      new Rule("tutorial", SessionType.TUTORIAL),
      new Rule("workshop|hands-on|hands_on", SessionType.WORKSHOP),
      new Rule("\\bpanel|discussion", SessionType.PANEL),
      new Rule("poster", SessionType.POSTER),
      new Rule("\\btalks?\\b|lecture|maintrack|presentation|\\bsession\\b", SessionType.TALK));

  /**
   * Entries that need a ticket of their own (Sched marks them in the title): the conference's
   * attendees cannot walk in, so they are never planned or counted as competing talks.
   */
  private static final Pattern SEPARATE_TICKET = Pattern.compile(
      "separate registration required|\\[sold out\\]|sponsor-hosted co-located event|registration required",
      Pattern.CASE_INSENSITIVE);

  /** Title prefixes such as "Keynote:" or "Lightning Talk:", the way Sched and others mark kinds. */
  private static final List<Rule> TITLE_PREFIX_RULES = List.of(
      new Rule("^(sponsored keynote|sponsored session|sponsored talk)\\b", SessionType.SPONSORED),
      new Rule("^keynote\\b", SessionType.KEYNOTE),
      new Rule("^lightning talks?\\b", SessionType.LIGHTNING),
      new Rule("^(panel|panel discussion)\\s*:", SessionType.PANEL),
      new Rule("^tutorial\\s*:", SessionType.TUTORIAL),
      new Rule("^workshop\\s*:", SessionType.WORKSHOP));

  /** The letters the title prefixes above begin with: a title beginning otherwise has none of them. */
  private static final String PREFIX_INITIALS = "sklptw";

  /** Service items are recognised by title only when they have no speakers: "Breaking Changes" by a speaker is a talk. */
  private static final List<Rule> SERVICE_TITLE_RULES = List.of(
      new Rule("^(registration|badge|cloakroom|check-?in)|badge pick-?up|registration (desk|opens?)", SessionType.REGISTRATION),
      new Rule("^(lunch|breakfast|dinner)\\b|\\blunch\\b", SessionType.MEAL),
      new Rule("\\bbreak\\b|coffee", SessionType.BREAK),
      new Rule("reception|happy hour|\\bparty\\b|fun run|group run|\\byoga\\b|networking|meet-?up|crawl\\b|after hours"
          + "|\\bfest\\b|showcase|expo hall|exhibit(ion|ors?)? hall|in-booth|booth demos?", SessionType.SOCIAL));

  /**
   * The types of labels already read: a feed gives its few tracks to every one of its sessions, and
   * twelve expressions per session are most of the cost of telling their types.
   */
  private static final Map<String, Optional<SessionType>> LABEL_TYPES = new ConcurrentHashMap<>();
  private static final int MOST_LABELS_KEPT = 512;

  /** Emoji, marks and punctuation before a title's first letter or digit. */
  private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");

  private SessionTypeRecogniser() {}

  /**
   * The type of an entry: the first label that names one, else a title prefix, else a service
   * title when the entry has no speakers, else a talk.
   */
  public static SessionType classify(List<String> labels, String title, boolean hasSpeakers) {
    if (mayNeedTicket(title) && SEPARATE_TICKET.matcher(title).find()) {
      return SessionType.TICKETED;
    }
    for (String label : labels) {
      Optional<SessionType> type = fromLabel(label);
      if (type.isPresent()) {
        return type.get();
      }
    }
    String lowerTitle = strippedTitle(title);
    Optional<SessionType> prefixed = lowerTitle.isEmpty() || PREFIX_INITIALS.indexOf(lowerTitle.charAt(0)) < 0
        ? Optional.empty() : match(TITLE_PREFIX_RULES, lowerTitle);
    if (prefixed.isPresent()) {
      return prefixed.get();
    }
    if (!hasSpeakers) {
      return match(SERVICE_TITLE_RULES, lowerTitle).orElse(SessionType.TALK);
    }
    return SessionType.TALK;
  }

  /**
   * Whether the title holds, in any case, a phrase of {@link #SEPARATE_TICKET}: few titles do, and
   * searching the lower-cased title is cheaper than the expression. Lower-casing maps every ASCII
   * letter as the expression's ASCII case folding does, so no title the expression finds is missed.
   */
  private static boolean mayNeedTicket(String title) {
    String lower = title.toLowerCase(Locale.ROOT);
    return lower.contains("registration required") || lower.contains("[sold out]")
        || lower.contains("sponsor-hosted co-located event");
  }

  /** The type a label names, if it names one. */
  public static Optional<SessionType> fromLabel(String label) {
    Optional<SessionType> known = LABEL_TYPES.get(label);
    if (known != null) {
      return known;
    }
    Optional<SessionType> type = match(LABEL_RULES, label.toLowerCase(Locale.ROOT));
    if (LABEL_TYPES.size() < MOST_LABELS_KEPT) {
      LABEL_TYPES.put(label, type);
    }
    return type;
  }

  /** The title in lower case without leading emoji and marks, so "📚 Tutorial:" reads as "tutorial:". */
  private static String strippedTitle(String title) {
    return LEADING_MARKS.matcher(title.toLowerCase(Locale.ROOT)).replaceFirst("");
  }

  private static Optional<SessionType> match(List<Rule> rules, String text) {
    for (Rule rule : rules) {
      if (rule.pattern.matcher(text).find()) {
        return Optional.of(rule.type);
      }
    }
    return Optional.empty();
  }

  private record Rule(Pattern pattern, SessionType type) {
    Rule(String regex, SessionType type) {
      this(Pattern.compile(regex), type);
    }
  }
}
