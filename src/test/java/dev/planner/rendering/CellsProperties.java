package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A cut text is the longest start that fits beside the ellipsis, however wide its characters. */
class CellsProperties {
  @Property(tries = 1000)
  void aCutKeepsTheLongestStartThatFitsBesideTheEllipsis(@ForAll("cells") String text, @ForAll @IntRange(min = 1, max = 30) int width) {
    String cut = Cells.cut(text, width);
    if (Cells.width(text) <= width) {
      assertThat(cut).isEqualTo(text);
      return;
    }
    int end = 0;
    while (end < text.length()) {
      int next = end + Character.charCount(text.codePointAt(end));
      if (Cells.width(text.substring(0, next)) > width - 1) {
        break;
      }
      end = next;
    }
    assertThat(cut).isEqualTo(text.substring(0, end).stripTrailing() + Cells.ELLIPSIS);
    assertThat(Cells.width(cut)).isLessThanOrEqualTo(Math.max(width, 1));
  }

  @Provide
  Arbitrary<String> cells() {
    // ASCII, accents and marks, CJK, a wide symbol and the emoji selector after it, an emoji, a format character.
    return Arbitraries.of("a", "Z", " ", "é", "e\u0301", "中", "\u231a", "\u2764\ufe0f", "\u2615\ufe0f",
            "\ud83d\ude80", "\u200d", "|", "-")
        .list().ofMaxSize(25).map(parts -> String.join("", parts));
  }
}
