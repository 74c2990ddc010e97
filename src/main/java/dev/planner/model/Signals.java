package dev.planner.model;

import java.util.OptionalInt;

/**
 * Popularity counted by the schedule's source (favourites, sign-ups): a measure of interest, never
 * a head count.
 */
public record Signals(OptionalInt favourites, OptionalInt signups) {
  public static final Signals NONE = new Signals(OptionalInt.empty(), OptionalInt.empty());

  public Signals {
    if (favourites.isPresent()) {
      Checks.notNegative(favourites.getAsInt(), "favourites");
    }
    if (signups.isPresent()) {
      Checks.notNegative(signups.getAsInt(), "signups");
    }
  }

  public boolean isEmpty() {
    return favourites.isEmpty() && signups.isEmpty();
  }

  /** The strongest count the source gives, or empty. */
  public OptionalInt strongest() {
    if (favourites.isPresent() && signups.isPresent()) {
      return OptionalInt.of(Math.max(favourites.getAsInt(), signups.getAsInt()));
    }
    return favourites.isPresent() ? favourites : signups;
  }
}
