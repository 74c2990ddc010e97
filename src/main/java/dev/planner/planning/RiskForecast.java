package dev.planner.planning;

import dev.planner.model.SessionId;
import dev.planner.overflow.AdmissionCurve;
import dev.planner.overflow.RiskReport;
import dev.planner.overflow.SessionRisk;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The overflow model's forecast as the planner sees it. Chances of getting in are kept per whole
 * minute of arrival, since the planner asks for the same few minutes again and again.
 */
public final class RiskForecast implements CrowdForecast {
  /** Arrivals from an hour late to half an hour early cover every question the planner asks. */
  private static final int LATEST = -60;
  private static final int EARLIEST = 30;

  private final RiskReport report;
  private final Map<SessionId, double[]> admissionByMinute = new HashMap<>();

  public RiskForecast(RiskReport report) {
    this.report = report;
  }

  @Override
  public double pFull(SessionId session) {
    return report.find(session).map(SessionRisk::pFull).orElse(0.0);
  }

  @Override
  public double admission(SessionId session, double minutesEarly) {
    double[] table = admissionByMinute.computeIfAbsent(session, this::tabulate);
    if (table.length == 0) {
      return 1;
    }
    int minute = (int) Math.floor(Math.max(LATEST, Math.min(EARLIEST, minutesEarly)));
    return table[minute - LATEST];
  }

  @Override
  public double pFullGivenFull(SessionId backup, SessionId primary) {
    if (report.find(backup).isEmpty() || report.find(primary).isEmpty()) {
      return pFull(backup);
    }
    return report.pFullGivenFull(backup, primary);
  }

  private double[] tabulate(SessionId session) {
    Optional<AdmissionCurve> curve = report.admissionCurve(session);
    if (curve.isEmpty()) {
      return new double[0];
    }
    double[] table = new double[EARLIEST - LATEST + 1];
    // Arriving late is arriving after everyone: one chance for every minute from the start on.
    double atStart = curve.get().chanceArriving(0);
    for (int minute = LATEST; minute <= EARLIEST; minute++) {
      table[minute - LATEST] = minute <= 0 ? atStart : curve.get().chanceArriving(minute);
    }
    return table;
  }
}
