package dev.planner.cli;

import dev.planner.importing.Diagnostic;
import dev.planner.rendering.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The warnings of a feed someone else publishes (a Sched calendar, a frab file), shown once rather
 * than on every command that reads the same feed: the user cannot fix the feed, only learn what was
 * left out of it. The planner remembers which sets of warnings it has shown, by a checksum of their
 * text, in {@code $XDG_STATE_HOME/planner/feed-warnings}; a feed whose warnings change is warned about
 * again. Remembering is best effort: where the state directory cannot be written, warnings show every time.
 */
final class FeedWarnings {
  /** Sets of warnings remembered, the oldest forgotten first: far more feeds than anyone follows. */
  private static final int REMEMBERED = 200;
  private static final String FILE = "feed-warnings";

  private FeedWarnings() {}

  /** Shows the feed's warnings unless these very warnings were shown before, and remembers them. */
  static void showOnce(CommandContext context, String feed, List<Diagnostic> warnings) {
    if (context.quiet() || warnings.isEmpty()) {
      return;
    }
    Path file = context.environment().stateDirectory().resolve(FILE);
    String digest = digest(warnings);
    List<String> shown = read(file);
    if (shown.contains(digest)) {
      return;
    }
    String again = "'planner import " + (feed.startsWith("<") ? "-" : feed) + " >/dev/null'";
    context.warnings(warnings, warnings.size() == 1
        ? "planner: 1 warning, shown once for this feed; " + again + " shows it again"
        : "planner: " + warnings.size() + " warnings, shown once for this feed; " + again + " shows them again");
    List<String> remembered = new ArrayList<>(shown);
    remembered.add(digest);
    write(file, remembered.subList(Math.max(0, remembered.size() - REMEMBERED), remembered.size()));
  }

  /**
   * A checksum of the warnings' text. It only tells sets of warnings apart, so CRC-32C does: a
   * cryptographic digest would have the JDK set up its security providers, milliseconds of every run
   * that reads a feed.
   */
  private static String digest(List<Diagnostic> warnings) {
    CRC32C checksum = new CRC32C();
    for (Diagnostic warning : warnings) {
      checksum.update(warning.format().getBytes(StandardCharsets.UTF_8));
      checksum.update('\n');
    }
    return HexFormat.of().toHexDigits((int) checksum.getValue());
  }

  private static List<String> read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    } catch (IOException | RuntimeException unreadable) {
      return List.of();
    }
  }

  private static void write(Path file, List<String> digests) {
    try {
      Files.createDirectories(file.getParent());
      AtomicFileWriter.write(file, String.join("\n", digests) + "\n");
    } catch (IOException | RuntimeException unwritable) {
      // Not remembering only means the warnings show again next time.
    }
  }
}
