package dev.planner.cli;

import dev.planner.model.Profile;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.planning.Backup;
import dev.planner.planning.DayPlan;
import dev.planner.planning.PlanOptions;
import dev.planner.planning.PlanWindow;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Says where each must-see (starred) talk of the day went when the plan could not make it a
 * primary: a backup of the window it overlaps, an alternative to that window's talk if its door is
 * closed, or out of reach (seen full, or already started).
 */
final class MustSeeOutsideThePlan {
  private MustSeeOutsideThePlan() {}

  static void report(CommandContext context, Schedule schedule, Profile profile, LocalDate day, DayPlan plan,
      PlanOptions options) {
    for (Session session : schedule.sessionsOn(day)) {
      boolean over = options.now().isPresent() && !session.end().isAfter(options.now().get());
      if (over || !profile.isMustSee(session) || profile.isSkipped(session) || isPrimary(plan, session.id())) {
        continue;
      }
      context.hint("must-see '" + session.title() + "' (" + session.start().toLocalTime() + "): "
          + where(session, plan, options));
    }
  }

  private static String where(Session session, DayPlan plan, PlanOptions options) {
    if (options.fullNow().contains(session.id())) {
      return "its room is full now";
    }
    if (options.now().filter(now -> session.start().isBefore(now)).isPresent()) {
      return "it has started";
    }
    Optional<PlanWindow> overlapping = plan.windows().stream()
        .filter(window -> window.primary().session().overlaps(session))
        .findFirst();
    if (overlapping.isEmpty()) {
      return "it does not fit the day's limits (lunch, latest end)";
    }
    PlanWindow window = overlapping.get();
    String primary = "'" + window.primary().session().title() + "'";
    boolean backup = window.backups().stream().map(Backup::scored).anyMatch(scored -> scored.session().id().equals(session.id()));
    return backup
        ? "a backup of " + primary + " at " + window.start().toLocalTime()
        : "overlaps " + primary + " at " + window.start().toLocalTime() + "; go there instead if that door is closed";
  }

  private static boolean isPrimary(DayPlan plan, SessionId id) {
    for (PlanWindow window : plan.windows()) {
      if (window.primary().session().id().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
