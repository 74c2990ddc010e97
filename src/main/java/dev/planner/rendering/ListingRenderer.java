package dev.planner.rendering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a {@link Listing} as an aligned table, CSV, TSV, Markdown or JSON. A table fits its width
 * by cutting free-text cells with an ellipsis, and when all its times fall on one day it names the day
 * once, above the header, and shows only the time of day in its rows. Other formats keep every value whole.
 */
public final class ListingRenderer {

  private final Palette palette;
  private final TableWidth width;

  /** A renderer whose tables are never cut. */
  public ListingRenderer(Palette palette) {
    this(palette, TableWidth.UNLIMITED);
  }

  public ListingRenderer(Palette palette, TableWidth width) {
    this.palette = palette;
    this.width = width;
  }

  public String render(Listing listing, OutputFormat format) {
    return switch (format) {
      case JSON -> Json.write(listing.records());
      case CSV -> Delimited.csv(headings(listing), cells(listing));
      case TSV -> Delimited.tsv(headings(listing), cells(listing));
      case MD -> markdown(listing);
      case TABLE -> table(listing);
      default -> throw new IllegalArgumentException("a listing cannot be shown as " + format.label());
    };
  }

  private static List<String> headings(Listing listing) {
    return listing.columns().stream().map(Column::heading).toList();
  }

  static List<List<String>> cells(Listing listing) {
    return cells(listing, false);
  }

  private static List<List<String>> cells(Listing listing, boolean clockOnly) {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Object> record : listing.records()) {
      List<String> row = new ArrayList<>();
      for (Column column : listing.columns()) {
        row.add(Cells.text(record.get(column.key()), clockOnly));
      }
      rows.add(row);
    }
    return rows;
  }

  /** The one day every time the table shows falls on, if they all fall on one. */
  private static Optional<LocalDate> singleDay(Listing listing) {
    Set<LocalDate> days = new TreeSet<>();
    for (Map<String, Object> record : listing.records()) {
      for (Column column : listing.columns()) {
        Cells.date(record.get(column.key())).ifPresent(days::add);
      }
    }
    return days.size() == 1 ? Optional.of(days.iterator().next()) : Optional.empty();
  }

  private String table(Listing listing) {
    Optional<LocalDate> day = singleDay(listing);
    List<List<String>> rows = cells(listing, day.isPresent());
    int[] natural = new int[listing.columns().size()];
    for (int i = 0; i < natural.length; i++) {
      natural[i] = Cells.width(listing.columns().get(i).heading());
    }
    for (List<String> row : rows) {
      for (int i = 0; i < natural.length; i++) {
        natural[i] = Math.max(natural[i], Cells.width(row.get(i)));
      }
    }
    int[] widths = ColumnFit.widths(listing.columns(), natural, width);
    StringBuilder out = new StringBuilder();
    day.ifPresent(date -> out.append(palette.bold(Cells.day(date))).append('\n'));
    appendRow(out, headings(listing), listing.columns(), widths, true);
    for (List<String> row : rows) {
      appendRow(out, row, listing.columns(), widths, false);
    }
    return out.toString();
  }

  private void appendRow(StringBuilder out, List<String> cells, List<Column> columns, int[] widths, boolean heading) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (widths[i] == ColumnFit.LEFT_OUT) {
        continue;
      }
      String cell = columns.get(i).fit() == Column.Fit.PLACE
          ? Cells.cutPlace(cells.get(i), widths[i]) : Cells.cut(cells.get(i), widths[i]);
      String padded = columns.get(i).alignRight() ? Cells.padLeft(cell, widths[i]) : Cells.padRight(cell, widths[i]);
      line.append(line.isEmpty() ? "" : ColumnFit.GAP).append(padded);
    }
    String text = line.toString().stripTrailing();
    out.append(heading ? palette.bold(text) : text).append('\n');
  }


  private static String markdown(Listing listing) {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", headings(listing).stream().map(ListingRenderer::escapeMarkdown).toList())).append(" |\n");
    out.append('|');
    for (Column column : listing.columns()) {
      out.append(column.alignRight() ? " ---: |" : " --- |");
    }
    out.append('\n');
    for (List<String> row : cells(listing)) {
      out.append("| ").append(String.join(" | ", row.stream().map(ListingRenderer::escapeMarkdown).toList())).append(" |\n");
    }
    return out.toString();
  }

  private static String escapeMarkdown(String cell) {
    return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
  }
}
