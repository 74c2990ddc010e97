package dev.planner.ranking;

import dev.planner.model.Preferences;
import dev.planner.model.Profile;
import dev.planner.model.SessionType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds profiles for ranking tests, one preference at a time. */
final class ProfileFixture {
  private final Map<String, Double> interests = new LinkedHashMap<>();
  private final Map<String, Double> tracks = new LinkedHashMap<>();
  private final Map<SessionType, Double> types = new LinkedHashMap<>();
  private List<String> speakers = List.of();
  private List<String> companies = List.of();
  private List<String> mustSee = List.of();
  private List<String> skip = List.of();

  ProfileFixture interest(String term, double weight) {
    interests.put(term, weight);
    return this;
  }

  ProfileFixture track(String track, double weight) {
    tracks.put(track, weight);
    return this;
  }

  ProfileFixture type(SessionType type, double weight) {
    types.put(type, weight);
    return this;
  }

  ProfileFixture speakers(String... names) {
    speakers = List.of(names);
    return this;
  }

  ProfileFixture companies(String... names) {
    companies = List.of(names);
    return this;
  }

  ProfileFixture mustSee(String... names) {
    mustSee = List.of(names);
    return this;
  }

  ProfileFixture skip(String... names) {
    skip = List.of(names);
    return this;
  }

  Profile build() {
    return new Profile(interests, tracks, types, speakers, companies, mustSee, skip, Preferences.DEFAULT);
  }
}
