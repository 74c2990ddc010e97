package dev.planner.cli;

import dev.planner.importing.SourceLoader;
import dev.planner.importing.SourceUnavailableException;
import dev.planner.importing.userfiles.AgendaMatcher;
import dev.planner.importing.userfiles.AgendaReader;
import dev.planner.model.Preferences;
import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.MustSeeConflict;
import dev.planner.ranking.StarredInterests;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A profile from the talks someone starred ({@code profile init --from-agenda}): the matched talks
 * become must-see, what they share becomes interests, and stderr tells what was matched, what was
 * not, and which starred talks overlap.
 */
final class StarredAgenda {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ROOT);

  private StarredAgenda() {}

  /** The profile the agenda gives, on top of words given on the command line (which win). */
  static Profile profile(CommandContext context, Schedule schedule, String location, Map<String, Double> likes,
      Map<String, Double> tracks) throws SourceUnavailableException {
    AgendaReader.Agenda agenda = new AgendaReader(schedule.zone())
        .read(new SourceLoader(context.environment().stdin()).load(location));
    context.warnings(agenda.warnings());
    AgendaMatcher.Result result = new AgendaMatcher(schedule).match(agenda.entries());
    List<Session> starred = result.sessions();
    StarredInterests.Derived derived = new StarredInterests(schedule).derive(starred);
    Map<String, Double> interests = new LinkedHashMap<>(derived.interests());
    interests.putAll(likes);
    Map<String, Double> allTracks = new LinkedHashMap<>(derived.tracks());
    allTracks.putAll(tracks);
    Profile profile = new Profile(interests, allTracks, Map.of(), derived.speakers(), List.of(),
        starred.stream().map(session -> session.id().value()).toList(), List.of(), Preferences.DEFAULT);
    report(context, location, result, new InterestScorer(schedule, profile).mustSeeConflicts());
    return profile;
  }

  private static void report(CommandContext context, String location, AgendaMatcher.Result result,
      List<MustSeeConflict> overlaps) {
    if (context.quiet()) {
      return;
    }
    PrintWriter err = context.err();
    err.printf(Locale.ROOT, "planner: %s: %d starred talks matched, %d not matched%n", location,
        result.matched().size(), result.unmatched().size());
    for (AgendaMatcher.Matched matched : result.matched()) {
      Session session = matched.session();
      err.printf(Locale.ROOT, "  matched    %s  %s  %s (by %s)%n", WHEN.format(session.start()), session.id(),
          session.title(), matched.how().label());
    }
    for (AgendaMatcher.Unmatched unmatched : result.unmatched()) {
      err.printf(Locale.ROOT, "  unmatched  %s: %s%n", unmatched.entry().label(), unmatched.reason());
    }
    for (MustSeeConflict overlap : overlaps) {
      err.printf(Locale.ROOT, "  overlap    %s  %s  and  %s: you cannot attend both%n",
          WHEN.format(overlap.first().start()), overlap.first().title(), overlap.second().title());
    }
    err.flush();
  }
}
