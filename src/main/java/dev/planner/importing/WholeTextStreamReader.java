package dev.planner.importing;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character source over a text held whole, behaving as {@link StreamReader} does but in
 * time linear in the text. SnakeYAML's own reader copies everything it has read ahead each time it
 * reads 1,024 more characters, so a token of n characters (a word, a run of spaces, a line of a block
 * scalar) costs n²/1024: 44 seconds of CPU for a 10 MB line.
 */
final class WholeTextStreamReader extends StreamReader {
  /**
   * UTF-16 chars checked for printability at a time, as SnakeYAML reads and checks them: its buffer
   * holds 1,024 and keeps the last for the second half of a surrogate pair, read when the chunk ends in
   * the first half. A chunk holds fewer code points than chars when the text has such pairs.
   */
  private static final int CHUNK = 1023;
  /** Code points either side of the position that an error's snippet shows (it shows at most 75). */
  private static final int SNIPPET = 40;
  /** Positions whose marks share one copy of the text around them: the scanner asks for a mark a token. */
  private static final int MARK_BLOCK = 4096;

  private final String name = "'reader'";
  private final String whole;
  private final CodePoints text;
  /** Code points checked so far, and the chars they take in the whole text. */
  private int checkedUpTo;
  private int checkedChars;
  private int pointer;
  private int index;
  private int documentIndex;
  private int line;
  private int column;
  private int markFrom = -1;
  private int[] markText;

  WholeTextStreamReader(String whole) {
    super("");
    this.whole = whole;
    this.text = CodePoints.of(whole);
  }

  @Override
  public Mark getMark() {
    int from = Math.max(0, pointer / MARK_BLOCK * MARK_BLOCK - SNIPPET);
    if (from != markFrom) {
      markFrom = from;
      markText = text.slice(from, Math.min(text.length(), from + MARK_BLOCK + 2 * SNIPPET));
    }
    return new Mark(name, index, line, column, markText, pointer - from);
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int length) {
    for (int i = 0; i < length && available(1); i++) {
      int c = text.at(pointer++);
      index++;
      documentIndex++;
      if (Constant.LINEBR.has(c) || (c == '\r' && available(1) && text.at(pointer) != '\n')) {
        line++;
        column = 0;
      } else if (c != 0xFEFF) {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return available(1) ? text.at(pointer) : '\0';
  }

  @Override
  public int peek(int offset) {
    return available(offset + 1) ? text.at(pointer + offset) : '\0';
  }

  @Override
  public String prefix(int length) {
    if (length == 0) {
      return "";
    }
    available(length);
    return text.string(pointer, Math.min(length, text.length() - pointer));
  }

  @Override
  public String prefixForward(int length) {
    String prefix = prefix(length);
    pointer += length;
    index += length;
    documentIndex += length;
    column += length;
    return prefix;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }

  /**
   * Whether {@code count} code points are left from the pointer; checks them for printability first,
   * a chunk at a time, so a bad character is reported when the scanner reaches it, as SnakeYAML does.
   */
  private boolean available(int count) {
    long needed = (long) pointer + count;
    while (checkedUpTo < text.length() && checkedUpTo < needed) {
      checkChunk();
    }
    return needed <= text.length();
  }

  private void checkChunk() {
    int end = Math.min(whole.length(), checkedChars + CHUNK);
    if (end < whole.length() && Character.isHighSurrogate(whole.charAt(end - 1))) {
      end++;
    }
    while (checkedChars < end) {
      int c = whole.codePointAt(checkedChars);
      if (!isPrintable(c)) {
        throw new ReaderException(name, checkedUpTo, c, "special characters are not allowed");
      }
      checkedChars += Character.charCount(c);
      checkedUpTo++;
    }
  }

  /** The text by code point: its chars when it has no surrogate pair (nearly always), else an array. */
  private interface CodePoints {
    int at(int i);

    int length();

    String string(int from, int count);

    int[] slice(int from, int to);

    static CodePoints of(String text) {
      boolean pairs = false;
      for (int i = 0; i < text.length() && !pairs; i++) {
        pairs = Character.isSurrogate(text.charAt(i));
      }
      return pairs ? new Array(text.codePoints().toArray()) : new Chars(text);
    }

    record Chars(String text) implements CodePoints {
      public int at(int i) {
        return text.charAt(i);
      }

      public int length() {
        return text.length();
      }

      public String string(int from, int count) {
        return text.substring(from, from + count);
      }

      public int[] slice(int from, int to) {
        int[] points = new int[to - from];
        for (int i = from; i < to; i++) {
          points[i - from] = text.charAt(i);
        }
        return points;
      }
    }

    record Array(int[] points) implements CodePoints {
      public int at(int i) {
        return points[i];
      }

      public int length() {
        return points.length;
      }

      public String string(int from, int count) {
        return new String(points, from, count);
      }

      public int[] slice(int from, int to) {
        return java.util.Arrays.copyOfRange(points, from, to);
      }
    }
  }
}
