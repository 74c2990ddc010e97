package dev.planner.model;

import java.util.Objects;

/** A speaker's name and, where the source gives it, their organisation (else empty). */
public record Speaker(String name, String organisation) {
  public Speaker {
    Checks.notBlank(name, "speaker name");
    Objects.requireNonNull(organisation, "organisation");
  }

  public static Speaker named(String name) {
    return new Speaker(name, "");
  }

  @Override
  public String toString() {
    return organisation.isEmpty() ? name : name + ", " + organisation;
  }
}
