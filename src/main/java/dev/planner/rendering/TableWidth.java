package dev.planner.rendering;

import java.util.OptionalInt;

/**
 * How wide a table may be: a number of terminal columns, or no limit (files and pipes, where
 * scripts want whole values). Only tables are ever cut; CSV, TSV, Markdown and JSON never are.
 */
public record TableWidth(OptionalInt columns) {
  public static final TableWidth UNLIMITED = new TableWidth(OptionalInt.empty());

  public TableWidth {
    if (columns.isPresent() && columns.getAsInt() <= 0) {
      throw new IllegalArgumentException("a table width must be positive, was " + columns.getAsInt());
    }
  }

  public static TableWidth of(int columns) {
    return new TableWidth(OptionalInt.of(columns));
  }
}
