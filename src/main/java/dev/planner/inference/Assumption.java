package dev.planner.inference;

import java.util.Objects;

/**
 * One thing the planner assumed because the feed did not say it: what (the zone, the attendance,
 * room capacities), the value assumed, and what it rests on, including where a figure was published.
 */
public record Assumption(Topic topic, String value, String basis) {
  /** What an assumption is about, in the order they are told. */
  public enum Topic {
    ZONE("time zone"),
    ATTENDANCE("attendance"),
    CAPACITY("room capacities");

    private final String label;

    Topic(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Assumption {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
  }

  /** One line for people: "attendance 12,000, from ...". */
  public String line() {
    return topic.label() + " " + value + ", " + basis;
  }
}
