package dev.planner.planning;

import dev.planner.model.SessionId;
import dev.planner.overflow.AdmissionCurve;
import dev.planner.overflow.RiskReport;
import dev.planner.overflow.SessionRisk;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The overflow model's forecast as the planner sees it. Chances of getting in are worked out on
 * first use and kept per whole minute of arrival, since the planner asks for the same few minutes
 * again and again and each costs a quadrature.
 */
public final class RiskForecast implements CrowdForecast {
  /** Arriving up to half an hour early covers every question the planner asks. */
  private static final int EARLIEST = 30;

  private final RiskReport report;
  private final Map<SessionId, Chances> admissionByMinute = new HashMap<>();

  public RiskForecast(RiskReport report) {
    this.report = report;
  }

  @Override
  public double pFull(SessionId session) {
    Optional<SessionRisk> risk = report.find(session);
    return risk.isPresent() ? risk.get().pFull() : 0.0;
  }

  @Override
  public double admission(SessionId session, double minutesEarly) {
    Chances chances = admissionByMinute.get(session);
    if (chances == null) {
      chances = new Chances(report.find(session), report.admissionCurve(session));
      admissionByMinute.put(session, chances);
    }
    // Arriving late is arriving after everyone: one chance for every minute from the start on.
    int minute = (int) Math.floor(Math.max(0, Math.min(EARLIEST, minutesEarly)));
    return chances.at(minute);
  }

  @Override
  public double pFullGivenFull(SessionId backup, SessionId primary) {
    if (report.find(backup).isEmpty() || report.find(primary).isEmpty()) {
      return pFull(backup);
    }
    return report.pFullGivenFull(backup, primary);
  }

  /**
   * One session's chances by minute of arrival, each computed when first asked for. Arriving at the
   * start, nobody is behind you and the chance is 1 − P(full): the curve's own sum, already worked
   * out by the forecast.
   */
  private static final class Chances {
    private final Optional<AdmissionCurve> curve;
    private final double[] byMinute = new double[EARLIEST + 1];

    Chances(Optional<SessionRisk> risk, Optional<AdmissionCurve> curve) {
      this.curve = curve;
      Arrays.fill(byMinute, Double.NaN);
      if (risk.isPresent()) {
        byMinute[0] = 1 - risk.get().pFull();
      }
    }

    double at(int minute) {
      if (curve.isEmpty()) {
        return 1;
      }
      double chance = byMinute[minute];
      if (Double.isNaN(chance)) {
        chance = curve.get().chanceArriving(minute);
        byMinute[minute] = chance;
      }
      return chance;
    }
  }
}
