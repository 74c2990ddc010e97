package dev.planner.rendering;

import dev.planner.importing.userfiles.ObservationLogReader;
import dev.planner.model.SessionId;
import dev.planner.model.SiteObservation;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes an observations log in the shape {@link ObservationLogReader} reads: the header, then one
 * line per observation in {@link SiteObservation#ORDER}, so the same observations give the same bytes.
 */
public final class ObservationLogWriter {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx", Locale.ROOT);

  private ObservationLogWriter() {}

  public static String write(List<SiteObservation> observations) {
    StringBuilder out = new StringBuilder(ObservationLogReader.HEADER).append('\n');
    observations.stream().sorted(SiteObservation.ORDER).forEach(seen -> out.append(line(seen)).append('\n'));
    return out.toString();
  }

  /** One observation's line, without its line break; it is also the observation's identity when logs are merged. */
  public static String line(SiteObservation seen) {
    return String.join("\t",
        TIME.format(seen.time()),
        seen.kind().label(),
        seen.room().value(),
        seen.session().map(SessionId::value).orElse(""),
        seen.value().isPresent() ? Integer.toString(seen.value().getAsInt()) : "",
        cell(seen.observer()));
  }

  /** Tabs and line breaks would split the line: they become spaces. */
  private static String cell(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
