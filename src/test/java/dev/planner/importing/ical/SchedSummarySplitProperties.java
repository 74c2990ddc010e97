package dev.planner.importing.ical;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Splitting a summary at a literal separator gives what String.split gives for the same separator. */
class SchedSummarySplitProperties {
  @Provide
  Arbitrary<String> summaries() {
    return Arbitraries.of("a", "Bo", " ", ",", ";", "&", ", ", "; ", " & ", "  ", "\t").list().ofMaxSize(25)
        .map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of(", ", "; ", " & ");
  }

  @Property(tries = 2000)
  void partsAreThoseOfStringSplit(@ForAll("summaries") String text, @ForAll("separators") String separator) {
    assertThat(SchedSummary.split(text, separator)).as("'%s' at '%s'", text, separator)
        .containsExactly(text.split(separator));
  }
}
