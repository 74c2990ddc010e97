package dev.planner.importing;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Objects;

/** The bytes of one input and the name to show in messages (a path, a URL, or {@code <stdin>}). */
public record Source(String name, byte[] bytes) {
  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  public static Source ofText(String name, String text) {
    return new Source(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The content as UTF-8 without a byte order mark; other encodings are an input error. */
  public String text() {
    int offset = hasUtf8Bom() ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.at(name, lineOfFirstBadByte(offset), 0, "not UTF-8 text: convert the file to UTF-8");
    }
  }

  boolean hasUtf8Bom() {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private int lineOfFirstBadByte(int offset) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    int start = offset;
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
        } catch (CharacterCodingException e) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return line;
  }
}
