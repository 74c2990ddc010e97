package dev.planner.rendering;

import java.util.Objects;

/** One column of a listing: the record key it shows, its heading, and whether numbers align right. */
public record Column(String key, String heading, boolean alignRight) {
  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(heading, "heading");
  }

  public static Column left(String key, String heading) {
    return new Column(key, heading, false);
  }

  public static Column right(String key, String heading) {
    return new Column(key, heading, true);
  }
}
