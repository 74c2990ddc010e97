package dev.planner.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors. */
final class Checks {
  private Checks() {}

  static String notBlank(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  static <T> List<T> listOf(List<T> values, String what) {
    Objects.requireNonNull(values, what);
    return List.copyOf(values);
  }

  static int notNegative(int value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative, was " + value);
    }
    return value;
  }
}
