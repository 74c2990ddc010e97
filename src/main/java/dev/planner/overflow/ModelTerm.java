package dev.planner.overflow;

import java.util.Objects;

/** One named number of the model's arithmetic, such as a utility term or an attendance factor, for explanations. */
public record ModelTerm(String name, double value) {
  public ModelTerm {
    Objects.requireNonNull(name, "name");
  }
}
