package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A slug, quick for plain ASCII, is what decomposition and the regular expressions make of the name. */
class SlugProperties {
  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> ascii = Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(30);
    Arbitrary<String> mixed = Arbitraries.strings().withCharRange(' ', '\u007f').withChars("éÅßﬁ²\u0301|İΣ\u212a").ofMaxLength(30);
    return Arbitraries.oneOf(ascii, mixed, Arbitraries.of("Hall 8 | Room F", "--", "", "  Room  A  "));
  }

  @Property(tries = 2000)
  void aRoomsSlugIsWhatNormalisingAndTheExpressionsMake(@ForAll("names") String name) {
    assertThat(RoomRegistry.slug(name)).as("%s", name).isEqualTo(expected(name, Normalizer.Form.NFKD, "room"));
  }

  @Property(tries = 2000)
  void aSlugInEitherFormIsWhatNormalisingAndTheExpressionsMake(@ForAll("names") String name) {
    for (Normalizer.Form form : new Normalizer.Form[] {Normalizer.Form.NFD, Normalizer.Form.NFKD}) {
      assertThat(Slug.of(name, form, "conference")).as("%s %s", form, name).isEqualTo(expected(name, form, "conference"));
    }
  }

  private static String expected(String name, Normalizer.Form form, String whenEmpty) {
    String plain = Normalizer.normalize(name, form).replaceAll("\\p{M}+", "");
    String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? whenEmpty : slug;
  }
}
