package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quick slug of a plain ASCII room name is the slug decomposition and the regular expressions make of it. */
class RoomSlugProperties {
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> ascii = Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(30);
    Arbitrary<String> mixed = Arbitraries.strings().withCharRange(' ', '\u007f').withChars("éÅßﬁ²\u0301|").ofMaxLength(30);
    return Arbitraries.oneOf(ascii, mixed, Arbitraries.of("Hall 8 | Room F", "--", "", "  Room  A  "));
  }

  @Property(tries = 2000)
  void theSlugIsWhatNormalisingAndTheExpressionsMake(@ForAll("names") String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    assertThat(RoomRegistry.slug(name)).as("%s", name).isEqualTo(slug.isEmpty() ? "room" : slug);
  }
}
