package dev.planner.cli;

import dev.planner.importing.Format;
import dev.planner.rendering.OutputFormat;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** The values shell completion offers for options with a fixed set, written as the planner reads them best. */
final class CompletionValues {
  private CompletionValues() {}

  /** {@code --format}: every output format's label. */
  static final class OutputFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(OutputFormat.values()).map(OutputFormat::label).iterator();
    }
  }

  /** {@code --from}: every schedule format's label. */
  static final class ScheduleFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Format.values()).map(Format::label).iterator();
    }
  }

  /** {@code --min-risk}. */
  static final class RiskLevels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("low", "medium", "high").iterator();
    }
  }

  /** {@code rank --by}. */
  static final class RankOrders implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("interest", "value").iterator();
    }
  }
}
