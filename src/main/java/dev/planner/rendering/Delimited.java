package dev.planner.rendering;

import java.util.List;

/** CSV (RFC 4180, CRLF-free for shell use) and TSV (tabs and newlines in cells become spaces). */
final class Delimited {
  private Delimited() {}

  static String csv(List<String> headings, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    appendCsvRow(out, headings);
    rows.forEach(row -> appendCsvRow(out, row));
    return out.toString();
  }

  static String tsv(List<String> headings, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.join("\t", headings.stream().map(Delimited::tsvCell).toList())).append('\n');
    rows.forEach(row -> out.append(String.join("\t", row.stream().map(Delimited::tsvCell).toList())).append('\n'));
    return out.toString();
  }

  private static void appendCsvRow(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      out.append(i == 0 ? "" : ",").append(csvCell(cells.get(i)));
    }
    out.append('\n');
  }

  private static String csvCell(String cell) {
    boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
    return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  private static String tsvCell(String cell) {
    return cell.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
