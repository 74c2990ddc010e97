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

/**
 * The tokenizer's stretch-by-stretch path gives what the general steps (decompose, drop marks, split
 * on non-letters) give for the whole text.
 */
class TermTokenizerProperties {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  @Property(tries = 2000)
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
    // Stretches between ASCII punctuation are folded on their own: marks, quotes and sigmas beside it.
    Arbitrary<String> mixed = Arbitraries.strings()
        .withChars("aZ9 '.:-\u0301\u0308\u2019\u201c\u2013\u2026\u00bd\u00e9\uff21\ud55c\u4e2d"
            + "\u03a3\u03c3\u03c2\u0391\u03f9\u0130")
        .ofMaxLength(40);
    Arbitrary<String> surrogates = Arbitraries.of("\ud835\udeba", "\ud835\udc00", "\ud83d\ude80", "a", "'", " ", "\u03a3", "b.")
        .list().ofMaxSize(12).map(parts -> String.join("", parts));
    return Arbitraries.oneOf(ascii, wordy, accented, mixed, surrogates);
  }
}
