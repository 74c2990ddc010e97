package dev.planner.overflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.Schedule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The choice weights checked against real favourites (two Devoxx Belgium editions kept outside the
 * project; skipped where they are absent): the mean within-slot Spearman correlation on days and
 * editions not fitted on, printed as the table docs/overflow-model.md quotes.
 */
class DevoxxFavouritesFitTest {
  private static final OverflowParameters.Choice PREVIOUS = previousDefaults();

  @Test
  void fittedWeightsOrderTalksOfUnseenDaysBetterThanThePreviousOnes() throws IOException {
    Path dir = DevoxxFavourites.directory();
    assumeTrue(DevoxxFavourites.available(dir), "the Devoxx favourites files are not in " + dir);
    List<Schedule> editions = DevoxxFavourites.both(dir);
    FavouritesFit.Settings settings = settings();
    List<FavouritesCrossValidation.Score> byDay = FavouritesCrossValidation.byDay(editions, PREVIOUS, settings);
    List<FavouritesCrossValidation.Score> byEdition = FavouritesCrossValidation.bySchedule(editions, PREVIOUS, settings);
    print("Held-out days (fit on every other day of both editions)", byDay);
    print("Held-out edition (fit on the other edition)", byEdition);
    FavouritesFit.Result fit = FavouritesFit.fit(editions, PREVIOUS, settings);
    System.out.printf(Locale.ROOT, "%nFitted on %d slots, %d talks:%n", fit.slots(), fit.sessions());
    fit.weights().forEach((term, weight) -> System.out.printf(Locale.ROOT, "  %-28s %7.3f%n", term, weight));
    String output = System.getProperty("fit.output");
    if (output != null) {
      java.nio.file.Files.writeString(Path.of(output), dev.planner.rendering.ModelFileWriter.choiceWeights(fit.choice(),
          PREVIOUS, "Fitted to the favourites of " + fit.sessions() + " talks of Devoxx Belgium 2022 and 2026"));
    }

    assertThat(mean(byDay, "fitted")).isGreaterThan(mean(byDay, "weights in use"));
  }

  /** Prints the table without the test harness: {@code -Dfavourites.dir=DIR} and the {@code fit.*} properties. */
  public static void main(String[] args) throws IOException {
    new DevoxxFavouritesFitTest().fittedWeightsOrderTalksOfUnseenDaysBetterThanThePreviousOnes();
  }

  static FavouritesFit.Settings settings() {
    String families = System.getProperty("fit.families");
    FavouritesFit.Settings standard = FavouritesFit.Settings.standard();
    if (families == null) {
      return standard;
    }
    EnumSet<FavouritesFit.Family> chosen = EnumSet.noneOf(FavouritesFit.Family.class);
    for (String name : families.split(",")) {
      chosen.add(FavouritesFit.Family.valueOf(name.strip().toUpperCase(Locale.ROOT)));
    }
    return new FavouritesFit.Settings(
        Double.parseDouble(System.getProperty("fit.penalty", Double.toString(standard.penalty()))),
        Integer.parseInt(System.getProperty("fit.minSessions", Integer.toString(standard.minSessions()))),
        Integer.parseInt(System.getProperty("fit.minPerSchedule", Integer.toString(standard.minSessionsPerSchedule()))),
        Double.parseDouble(System.getProperty("fit.abstractFactor", Double.toString(standard.abstractFactor()))),
        chosen);
  }

  private static double mean(List<FavouritesCrossValidation.Score> scores, String model) {
    return scores.stream().filter(score -> score.model().equals(model)).findFirst().orElseThrow().mean();
  }

  /** The table as docs/overflow-model.md shows it: the weights in use here are the previous hand-set ones. */
  private static void print(String heading, List<FavouritesCrossValidation.Score> scores) {
    System.out.printf(Locale.ROOT, "%n%s: mean within-slot Spearman%n", heading);
    System.out.printf(Locale.ROOT, "  %-42s %7s %7s %7s %6s%n", "model", "2026", "2022", "both", "slots");
    for (FavouritesCrossValidation.Score score : scores) {
      String model = score.model().replace("weights in use", "previous hand-set weights");
      System.out.printf(Locale.ROOT, "  %-42s %7.3f %7.3f %7.3f %6d%n", model, score.bySchedule()[0],
          score.bySchedule()[1], score.mean(), score.slots());
    }
  }

  /** The hand-set choice weights shipped before the fit, the baseline the fit must beat. */
  static OverflowParameters.Choice previousDefaults() {
    OverflowParameters.Choice shipped = ModelFileReader.defaults().choice();
    return new OverflowParameters.Choice(shipped.hallwayUtility(),
        Map.of(dev.planner.model.SessionType.KEYNOTE, 1.0, dev.planner.model.SessionType.TALK, 0.0,
            dev.planner.model.SessionType.TUTORIAL, 0.1, dev.planner.model.SessionType.PANEL, -0.2,
            dev.planner.model.SessionType.LIGHTNING, -0.3, dev.planner.model.SessionType.WORKSHOP, -0.3,
            dev.planner.model.SessionType.SPONSORED, -0.7, dev.planner.model.SessionType.POSTER, -1.0,
            dev.planner.model.SessionType.OTHER, -0.5),
        Map.of(),
        Map.ofEntries(Map.entry("ai", 0.15), Map.entry("llm", 0.3), Map.entry("genai", 0.2), Map.entry("gpu", 0.2),
            Map.entry("platform engineering", 0.2), Map.entry("ebpf", 0.2), Map.entry("security", 0.1),
            Map.entry("opentelemetry", 0.1), Map.entry("wasm", 0.1), Map.entry("webassembly", 0.1),
            Map.entry("supply chain", 0.1), Map.entry("rust", 0.1)),
        0.6, 0.7, shipped.minOverlap(), shipped.referenceMinutes());
  }
}
