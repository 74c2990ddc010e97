package dev.planner.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The tokenizer's plain ASCII path gives what the general one (decompose, drop marks, split on non-letters) gives. */
class TermTokenizerProperties {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  @Property(tries = 500)
  void asciiAndOtherTextFoldAndSplitAsTheGeneralSteps(@ForAll("text") String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(folded)) {
      if (!word.isEmpty()) {
        words.add(EnglishStemmer.stem(word));
      }
    }

    assertThat(TermTokenizer.fold(text)).isEqualTo(folded);
    assertThat(TermTokenizer.tokens(text)).isEqualTo(words);
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(60);
    Arbitrary<String> wordy = Arbitraries.strings().withChars("abcXYZ09 -_/.,:!?'\"\t\n+#@").ofMaxLength(60);
    Arbitrary<String> accented = Arbitraries.strings().withChars("aeÉéüÜñ ﬁ²Ⅻ-ß İı0").ofMaxLength(40);
    return Arbitraries.oneOf(ascii, wordy, accented);
  }
}
