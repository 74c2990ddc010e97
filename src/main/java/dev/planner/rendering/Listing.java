package dev.planner.rendering;

import java.util.List;
import java.util.Map;

/**
 * What a list command shows: records (ordered maps of JSON values) and the columns that table, CSV,
 * TSV and Markdown output show of them. JSON output shows whole records.
 */
public record Listing(List<Column> columns, List<Map<String, Object>> records) {
  public Listing {
    columns = List.copyOf(columns);
    records = List.copyOf(records);
  }
}
