package dev.planner.overflow;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When to arrive at a session for the target chance of getting in, worked out when first asked for:
 * a forecast covers every session of a day, a plan shows the advice of a few. Two are equal when
 * their advice is.
 */
public final class ArrivalAdvice {
  private final ZonedDateTime start;
  private final double pFull;
  private final AdmissionCurve curve;
  private final double targetAdmission;
  private AdmissionCurve.Advice advice;
  private ZonedDateTime arriveBy;

  ArrivalAdvice(ZonedDateTime start, double pFull, AdmissionCurve curve, double targetAdmission) {
    this.start = Objects.requireNonNull(start, "start");
    this.pFull = pFull;
    this.curve = Objects.requireNonNull(curve, "curve");
    this.targetAdmission = targetAdmission;
  }

  /** The minutes before the start, whether they reach the target, and the chance they give. */
  public AdmissionCurve.Advice advice() {
    if (advice == null) {
      // Arriving at the start, the chance of getting in is 1 − P(full): most sessions need no search.
      AdmissionCurve.Advice found = 1 - pFull >= targetAdmission
          ? new AdmissionCurve.Advice(0, true, 1 - pFull)
          : curve.adviceFor(targetAdmission);
      if (!(found.chance() >= 0 && found.chance() <= 1)) {
        throw new IllegalStateException("chance at arrive-by must be from 0 to 1, was " + found.chance());
      }
      advice = found;
    }
    return advice;
  }

  /** The latest whole minute at or before the advised minutes before the start. */
  public ZonedDateTime arriveBy() {
    if (arriveBy == null) {
      arriveBy = OverflowPredictor.arriveBy(start, advice().minutesEarly());
    }
    return arriveBy;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ArrivalAdvice that && advice().equals(that.advice()) && arriveBy().equals(that.arriveBy());
  }

  @Override
  public int hashCode() {
    return Objects.hash(advice(), arriveBy());
  }

  @Override
  public String toString() {
    return "ArrivalAdvice[" + advice() + ", arriveBy=" + arriveBy() + "]";
  }
}
