package dev.planner.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ContentLinesTest {
  @Test
  void escapesBackslashSemicolonCommaAndNewlines() {
    assertThat(ContentLines.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
  }

  @Test
  void leavesOutTheControlCharactersTextMayNotHoldButKeepsTabs() {
    assertThat(ContentLines.text("a\u0000b\u0007c\u001bd\u007fe\u0085f\tg")).isEqualTo("abcdef\tg");
  }

  @Test
  void leavesColonsAndQuotesAlone() {
    assertThat(ContentLines.text("C: \"quoted\"")).isEqualTo("C: \"quoted\"");
  }

  @Test
  void aShortLineIsOnePhysicalLineEndedByCrlf() {
    assertThat(ContentLines.fold("SUMMARY:Hello")).isEqualTo("SUMMARY:Hello\r\n");
  }

  @Test
  void foldsAtSeventyFiveOctetsWithASpaceLeadingTheContinuation() {
    String line = "DESCRIPTION:" + "x".repeat(100);
    String folded = ContentLines.fold(line);
    List<String> physical = List.of(folded.split("\r\n"));
    assertThat(physical.get(0)).hasSize(75);
    assertThat(physical.get(1)).startsWith(" ").hasSize(1 + 112 - 75);
  }

  @Test
  void neverSplitsAMultiByteCharacterAcrossLines() {
    // Seventy-four octets of ASCII, then two-, three- and four-octet characters that cannot fit.
    String line = "x".repeat(74) + "é" + "日本" + "🚀".repeat(30);
    String folded = ContentLines.fold(line);
    for (String physical : folded.split("\r\n")) {
      byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
      assertThat(bytes.length).isLessThanOrEqualTo(75);
      assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(physical).doesNotContain("\uFFFD");
    }
    assertThat(folded.split("\r\n")[0]).isEqualTo("x".repeat(74));
    assertThat(dev.planner.importing.ical.IcalEvents.lines(folded)).containsExactly(line);
  }

  @Property
  void foldingKeepsEveryLineShortAndUnfoldsToTheOriginal(@ForAll @StringLength(max = 400) String value) {
    String line = "X-TEST:" + ContentLines.text(value);
    String folded = ContentLines.fold(line);
    assertThat(folded).endsWith("\r\n");
    for (String physical : folded.substring(0, folded.length() - 2).split("\r\n", -1)) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
    assertThat(dev.planner.importing.ical.IcalEvents.lines(folded)).containsExactly(line);
  }
}
