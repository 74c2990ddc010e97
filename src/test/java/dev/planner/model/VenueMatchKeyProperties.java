package dev.planner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quick key of an ASCII or Latin name is the key decomposition and the regular expressions make of it. */
class VenueMatchKeyProperties {
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> ascii = Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(40);
    Arbitrary<String> mixed = Arbitraries.strings().withCharRange('\u0000', '\u007f').withChars("éÅßﬁ²Ⅻ\u0301\u00a0ŁłøșȚİıÖüŉǅªµ")
        .ofMaxLength(40);
    return Arbitraries.oneOf(ascii, mixed);
  }

  @Property(tries = 2000)
  void theKeyIsWhatNormalisingAndTheExpressionsMake(@ForAll("names") String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String expected = decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    assertThat(Venue.matchKey(name)).as("%s", name).isEqualTo(expected);
  }

  @Example
  void everyLatinLetterLeavesInAKeyWhatDecompositionLeaves() {
    assertThat(Venue.LATIN_KEYS).hasSameSizeAs(Venue.LATIN);
    for (int i = 0; i < Venue.LATIN.length(); i++) {
      String letter = String.valueOf(Venue.LATIN.charAt(i));
      String decomposed = Normalizer.normalize(letter, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
      assertThat(decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "")).as(letter)
          .isEqualTo(String.valueOf(Venue.LATIN_KEYS.charAt(i)));
    }
  }
}
