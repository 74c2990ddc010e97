package dev.planner.rendering;

import java.util.Objects;

/**
 * One column of a listing: the record key it shows, its heading, whether numbers align right, and how
 * a table too wide for its terminal may narrow it.
 */
public record Column(String key, String heading, boolean alignRight, Fit fit) {

  /** What a table may do to a column when its rows are wider than the terminal. */
  public enum Fit {
    /** Shown whole: times, numbers, ids. */
    WHOLE,
    /** Free text (tracks, speakers), cut with an ellipsis, widest first. */
    CUT,
    /**
     * A place named from the building down ("Hall 1-5 | Tram Zone | Demo Theater"): cut as free text,
     * its leading parts given up first, as the risk grid shortens room names.
     */
    PLACE,
    /** The text people read a row for (the title): cut too, but kept twice as wide as the other free text. */
    MAIN,
    /**
     * Supporting detail (numbers, a level that repeats a chance), left out, first listed first, when the
     * row cannot fit with its free text cut to a readable minimum.
     */
    OPTIONAL
  }

  public Column {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(fit, "fit");
  }

  public static Column left(String key, String heading) {
    return new Column(key, heading, false, Fit.WHOLE);
  }

  public static Column right(String key, String heading) {
    return new Column(key, heading, true, Fit.WHOLE);
  }

  /** Free text, left aligned, that a table too wide cuts with an ellipsis. */
  public static Column text(String key, String heading) {
    return new Column(key, heading, false, Fit.CUT);
  }

  /** A room's name: free text whose leading "Building |" parts go first when it must be cut. */
  public static Column place(String key, String heading) {
    return new Column(key, heading, false, Fit.PLACE);
  }

  /** The title of a row: free text cut last. */
  public static Column title(String key, String heading) {
    return new Column(key, heading, false, Fit.MAIN);
  }

  /** A number that a table too wide leaves out; CSV, TSV, Markdown and JSON always have it. */
  public static Column optional(String key, String heading) {
    return new Column(key, heading, true, Fit.OPTIONAL);
  }

  /** Whether a table may cut this column's cells. */
  public boolean cuttable() {
    return fit == Fit.CUT || fit == Fit.PLACE || fit == Fit.MAIN;
  }
}
