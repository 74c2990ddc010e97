package dev.planner.cli;

import dev.planner.model.Session;
import dev.planner.ranking.InterestScorer;
import dev.planner.ranking.MustSeeConflict;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What is wrong with the profile's must-see list, said on stderr the same way by every command that plans. */
final class MustSeeReport {
  private MustSeeReport() {}

  /** Made when first needed: a run without must-see conflicts loads no formatter. */
  private static final class Clock {
    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  }

  /** The must-see sessions of these days that overlap, then the must-see names that match no session. */
  static List<MustSeeConflict> report(CommandContext context, InterestScorer scorer, List<LocalDate> dates) {
    List<MustSeeConflict> conflicts = new ArrayList<>();
    for (MustSeeConflict conflict : scorer.mustSeeConflicts()) {
      if (dates.contains(conflict.first().start().toLocalDate())) {
        conflicts.add(conflict);
      }
    }
    for (MustSeeConflict conflict : conflicts) {
      context.hint("must-see sessions overlap: " + describe(conflict.first()) + " and " + describe(conflict.second()));
    }
    for (String name : scorer.mustSeeNotInSchedule()) {
      context.hint("must-see '" + name + "' matches no session id or title of this schedule");
    }
    return List.copyOf(conflicts);
  }

  static String describe(Session session) {
    return "'" + session.title() + "' (" + session.id() + ", " + Clock.HH_MM.format(session.start())
        + "-" + Clock.HH_MM.format(session.end()) + ")";
  }
}
