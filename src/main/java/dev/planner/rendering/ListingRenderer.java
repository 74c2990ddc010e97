package dev.planner.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a {@link Listing} as an aligned table, CSV, TSV, Markdown or JSON. */
public final class ListingRenderer {
  private final Palette palette;

  public ListingRenderer(Palette palette) {
    this.palette = palette;
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
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, Object> record : listing.records()) {
      List<String> row = new ArrayList<>();
      for (Column column : listing.columns()) {
        row.add(Cells.text(record.get(column.key())));
      }
      rows.add(row);
    }
    return rows;
  }

  private String table(Listing listing) {
    List<List<String>> rows = cells(listing);
    int[] widths = new int[listing.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = Cells.width(listing.columns().get(i).heading());
    }
    for (List<String> row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], Cells.width(row.get(i)));
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, headings(listing), listing.columns(), widths, true);
    for (List<String> row : rows) {
      appendRow(out, row, listing.columns(), widths, false);
    }
    return out.toString();
  }

  private void appendRow(StringBuilder out, List<String> cells, List<Column> columns, int[] widths, boolean heading) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      boolean last = i == cells.size() - 1;
      String cell = cells.get(i);
      String padded = columns.get(i).alignRight() ? Cells.padLeft(cell, widths[i]) : last ? cell : Cells.padRight(cell, widths[i]);
      line.append(i == 0 ? "" : "  ").append(padded);
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
