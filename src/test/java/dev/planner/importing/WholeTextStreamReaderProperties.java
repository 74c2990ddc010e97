package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/** The linear reader answers every call exactly as SnakeYAML's own reader does, on any text. */
class WholeTextStreamReaderProperties {
  /** Line breaks of every kind, a byte order mark, a surrogate pair, control characters, plain text. */
  private static final List<String> PIECES = List.of("a", "b", " ", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028",
      "\uFEFF", "\uD83D\uDE00", "é", "\u0001", "\u007F", ":", "#", "x".repeat(1500), " ".repeat(1100),
      "x".repeat(1021), "x".repeat(1022));

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<List<Integer>> calls() {
    return Arbitraries.integers().between(0, 2_000).list().ofMaxSize(60);
  }

  @Property(tries = 300)
  void everyCallAnswersAsSnakeYamlsReaderDoes(@ForAll("texts") String text, @ForAll("calls") List<Integer> calls) {
    StreamReader expected = new StreamReader(new StringReader(text));
    StreamReader actual = new WholeTextStreamReader(text);
    for (int call = 0; call < calls.size(); call++) {
      int argument = calls.get(call);
      Function<StreamReader, Object> operation = switch (call % 6) {
        case 0 -> reader -> peekAhead(reader, argument);
        case 1 -> reader -> peekAhead(reader, argument % 50) + reader.prefix(argument % 50);
        case 2 -> reader -> {
          reader.forward(argument % 40);
          return state(reader);
        };
        case 3 -> reader -> reader.prefixForward(Math.min(argument % 30, available(reader))) + state(reader);
        case 4 -> reader -> reader.peek();
        default -> reader -> {
          Mark mark = reader.getMark();
          // The snippet around the place is left out: SnakeYAML's shows whatever its window holds.
          return mark.getIndex() + "/" + mark.getLine() + "/" + mark.getColumn() + "/" + mark.getName();
        };
      };
      Object wanted = outcome(expected, operation);
      assertThat(outcome(actual, operation)).as("call %d on %s", call, text).isEqualTo(wanted);
      if (wanted instanceof Class<?>) {
        return;
      }
    }
  }

  /** SnakeYAML reads 1,023 chars at a time, so a pair before a control character moves where it is found. */
  @Example
  void aControlCharacterIsFoundWhereSnakeYamlsChunksFindIt() {
    for (String text : List.of("x".repeat(1022) + "\u0001", "x".repeat(1023) + "\u0001",
        "\uD83D\uDE00" + "x".repeat(1020) + "\u0001", "\uD83D\uDE00" + "x".repeat(1021) + "\u0001",
        "x".repeat(1022) + "\uD83D\uDE00\u0001")) {
      assertThat(outcome(new WholeTextStreamReader(text), reader -> peekAhead(reader, 1100)))
          .as("peeking through %d chars", text.length())
          .isEqualTo(outcome(new StreamReader(new StringReader(text)), reader -> peekAhead(reader, 1100)));
      assertThat(firstFailingPeek(new WholeTextStreamReader(text)))
          .isEqualTo(firstFailingPeek(new StreamReader(new StringReader(text))));
    }
  }

  private static int firstFailingPeek(StreamReader reader) {
    for (int i = 0; i < 1100; i++) {
      try {
        reader.peek(i);
      } catch (RuntimeException e) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Peeks at 0, 1, 2, ... as the scanner does when it looks for the end of a token (SnakeYAML's reader
   * answers a peek far beyond what it has read with end of input, so peeks are only ever made in turn).
   */
  private static String peekAhead(StreamReader reader, int count) {
    StringBuilder seen = new StringBuilder();
    for (int i = 0; i < count; i++) {
      seen.appendCodePoint(Math.max(reader.peek(i), 1));
    }
    return seen.toString();
  }

  /** How many code points are left, found with peeks (prefixForward past the end is not defined). */
  private static int available(StreamReader reader) {
    int count = 0;
    while (count < 30 && reader.peek(count) != '\0') {
      count++;
    }
    return count;
  }

  private static String state(StreamReader reader) {
    return reader.getIndex() + "," + reader.getLine() + "," + reader.getColumn() + "," + reader.getDocumentIndex();
  }

  /** The value, or the class of what was thrown: messages name positions each reader finds its own way. */
  private static Object outcome(StreamReader reader, Function<StreamReader, Object> operation) {
    try {
      return operation.apply(reader);
    } catch (RuntimeException e) {
      return e.getClass();
    }
  }
}
