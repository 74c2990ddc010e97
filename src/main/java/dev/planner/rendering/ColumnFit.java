package dev.planner.rendering;

import java.util.List;

/**
 * Fits a table's columns to a width. Free text is cut first, a column at a time by one character, always
 * the widest (the title counting half its width, so it keeps twice the room of the rest), none below a
 * readable minimum; when that is not enough, optional columns are left out, in their order. Times,
 * numbers and ids are never narrowed: when they alone are too wide, rows stay wider than asked.
 */
final class ColumnFit {
  /** The narrowest a free-text column gets: a few words, still told apart from the rows around it. */
  static final int READABLE_MINIMUM = 12;
  /** The width of a column the table leaves out. */
  static final int LEFT_OUT = -1;
  static final String GAP = "  ";

  private ColumnFit() {}

  /** Each column's width, or {@link #LEFT_OUT}. */
  static int[] widths(List<Column> columns, int[] natural, TableWidth limit) {
    if (limit.columns().isEmpty()) {
      return natural.clone();
    }
    int most = limit.columns().getAsInt();
    int[] widths = natural.clone();
    narrow(columns, natural, widths, most);
    for (int i = 0; i < columns.size() && total(widths) > most; i++) {
      if (columns.get(i).fit() == Column.Fit.OPTIONAL) {
        widths[i] = LEFT_OUT;
        for (int j = 0; j < widths.length; j++) {
          widths[j] = widths[j] == LEFT_OUT ? LEFT_OUT : natural[j];
        }
        narrow(columns, natural, widths, most);
      }
    }
    return widths;
  }

  private static void narrow(List<Column> columns, int[] natural, int[] widths, int most) {
    int excess = total(widths) - most;
    while (excess > 0) {
      int widest = widestCuttable(columns, natural, widths);
      if (widest < 0) {
        return;
      }
      widths[widest]--;
      excess--;
    }
  }

  private static int widestCuttable(List<Column> columns, int[] natural, int[] widths) {
    int widest = -1;
    double widestSpan = 0;
    for (int i = 0; i < widths.length; i++) {
      Column column = columns.get(i);
      int floor = Math.min(natural[i], Math.max(READABLE_MINIMUM, Cells.width(column.heading())));
      double span = column.fit() == Column.Fit.MAIN ? widths[i] / 2.0 : widths[i];
      if (column.cuttable() && widths[i] > floor && (widest < 0 || span > widestSpan)) {
        widest = i;
        widestSpan = span;
      }
    }
    return widest;
  }

  private static int total(int[] widths) {
    int sum = 0;
    int shown = 0;
    for (int width : widths) {
      if (width != LEFT_OUT) {
        sum += width;
        shown++;
      }
    }
    return sum + GAP.length() * Math.max(0, shown - 1);
  }
}
