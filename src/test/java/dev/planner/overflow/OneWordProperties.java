package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A hot topic counts as one word exactly when it is one run of letters, numbers, '+' and '#'. */
class OneWordProperties {
  private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}+#]+");

  @Property(tries = 2000)
  void agreesWithTheCharacterClasses(@ForAll("topics") String topic) {
    assertThat(Attractiveness.isOneWord(topic)).isEqualTo(ONE_WORD.matcher(topic).matches());
  }

  @Property(tries = 500)
  void agreesOnAnyText(@ForAll String text) {
    assertThat(Attractiveness.isOneWord(text)).isEqualTo(ONE_WORD.matcher(text).matches());
  }

  /** Words, numbers of every script, signs, spaces and characters beyond the first plane. */
  @Provide
  Arbitrary<String> topics() {
    return Arbitraries.strings()
        .withChars("ab+#- .1²Ⅻ٣éßΩ_/")
        .withCharRange('\u0300', '\u036f')
        .withChars("\uD835\uDFCE\uD835\uDC00\uD83D\uDE00")
        .ofMinLength(0).ofMaxLength(8);
  }
}
