package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTest {
  @Test
  void aLineWithoutQuotesKeepsEveryCellEmptyOnesIncluded() {
    assertThat(CsvLine.split("Hall A, 300,,level 1,")).hasValueSatisfying(cells ->
        assertThat(cells).containsExactly("Hall A", " 300", "", "level 1", ""));
    assertThat(CsvLine.split("")).hasValueSatisfying(cells -> assertThat(cells).containsExactly(""));
  }

  @Test
  void quotedCellsKeepTheirCommasAndDoubledQuotes() {
    assertThat(CsvLine.split("\"Hall A, east\",\"the \"\"big\"\" one\",3")).hasValueSatisfying(cells ->
        assertThat(cells).containsExactly("Hall A, east", "the \"big\" one", "3"));
    assertThat(CsvLine.split("\"open,1")).isEmpty();
  }
}
