package dev.planner.planning;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/** A stretch of the day that the plan leaves free on purpose, from the first to the last session left out, and why. */
public record FreeTime(ZonedDateTime start, ZonedDateTime end, Reason reason) {
  public FreeTime {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(reason, "reason");
  }

  /** Why nothing is booked there. */
  public enum Reason {
    /** The sessions there match nothing in the profile. */
    NOTHING_MATCHES("nothing here matches your profile"),
    /** Every session there is one the profile avoids. */
    ONLY_AVOIDED("only sessions your profile avoids");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
