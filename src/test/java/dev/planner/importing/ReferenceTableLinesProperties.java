package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reference tables are split into lines by hand, exactly as {@link String#lines} splits them. */
class ReferenceTableLinesProperties {
  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("a,#\n\r ").ofMaxLength(40);
  }

  @Property(tries = 3000)
  void splitsAsStringLinesDoes(@ForAll("texts") String text) {
    assertThat(ReferenceTablesReader.lines(text)).as("%s", text.replace("\r", "\\r").replace("\n", "\\n"))
        .isEqualTo(text.lines().toList());
  }

  @Example
  void endingsOfEveryKind() {
    assertThat(ReferenceTablesReader.lines("a\r\nb\rc\n\nd\n")).containsExactly("a", "b", "c", "", "d");
    assertThat(ReferenceTablesReader.lines("")).isEmpty();
  }
}
