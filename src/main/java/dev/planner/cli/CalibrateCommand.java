package dev.planner.cli;

import dev.planner.importing.userfiles.ObservationReader;
import dev.planner.importing.InvalidInputException;
import dev.planner.importing.Source;
import dev.planner.importing.SourceLoader;
import dev.planner.importing.userfiles.ModelFileReader;
import dev.planner.model.Schedule;
import dev.planner.model.Session;
import dev.planner.model.SessionId;
import dev.planner.overflow.Calibrator;
import dev.planner.overflow.FavouritesCrossValidation;
import dev.planner.overflow.FavouritesFit;
import dev.planner.overflow.ForecastScores;
import dev.planner.overflow.Observation;
import dev.planner.overflow.OverflowParameters;
import dev.planner.overflow.SlotCrossValidation;
import dev.planner.rendering.AtomicFileWriter;
import dev.planner.rendering.ModelFileWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code planner calibrate}: fits the overflow model to what was seen, and says how well it predicts. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Fit the overflow model to observed sessions (full or not, or head counts) by maximum likelihood, "
        + "and compare it with simple baselines by cross-validation over whole time slots; or, with --favourites, "
        + "fit the choice weights to the favourites of a schedule and check them on whole days not fitted on.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  planner calibrate --observations seen.csv -o my-model.yaml",
      "  planner calibrate --favourites devoxx-day1.json --timezone Europe/Brussels -o choice.yaml",
      "  planner risk --day wed --model my-model.yaml"
    })
final class CalibrateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ScheduleOptions scheduleOptions;
  @Mixin CommonOptions common;
  @Mixin ModelOptions modelOptions;

  @Option(names = "--observations", paramLabel = "FILE",
      description = "Observed sessions: CSV 'id,full' (0/1) or 'id,headcount', or YAML (see docs/overflow-model.md).")
  String observations;

  @Option(names = "--favourites", paramLabel = "FILE|URL|-",
      description = "A schedule whose sessions carry favourites (a CFP.DEV response, our YAML with signals): "
          + "fit the choice weights (session types, topic words) to them instead of fitting observations.")
  String favourites;

  @Option(names = "--penalty", paramLabel = "L", defaultValue = "3",
      description = "With --favourites: the L2 penalty on every weight (default: ${DEFAULT-VALUE}).")
  double penalty;

  @Option(names = "--min-sessions", paramLabel = "N", defaultValue = "8",
      description = "With --favourites: a topic word is learned when at least N sessions have it (default: ${DEFAULT-VALUE}).")
  int minSessions;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the fitted values as a model file for --model.")
  Path output;

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
      description = "Cross-validation folds over time slots (default: ${DEFAULT-VALUE}).")
  int folds;

  @Override
  public Integer call() throws Exception {
    CommandContext context = new CommandContext(spec, common);
    if (folds < 2) {
      throw context.usage("--folds must be at least 2, was " + folds);
    }
    if ((observations == null) == (favourites == null)) {
      throw context.usage("give either --observations or --favourites");
    }
    if (favourites != null) {
      return fitFavourites(context);
    }
    Schedule schedule = scheduleOptions.load(context);
    OverflowParameters base = modelOptions.parameters(context);
    // The forecast covers exactly the plannable sessions: knowing which needs no forecast.
    Set<SessionId> forecast = schedule.sessions().stream()
        .filter(session -> session.type().isPlannable())
        .map(Session::id)
        .collect(Collectors.toSet());
    List<Observation> seen = new ObservationReader(forecast)
        .read(new SourceLoader(context.environment().stdin()).load(observations));
    Calibrator.Fit fit = new Calibrator(base).fit(schedule, seen);
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    describeFit(out, base, fit, seen.size());
    describeScores(out, seen, schedule, base);
    out.flush();
    context.out().print(text);
    context.out().flush();
    for (String warning : fit.warnings()) {
      context.err().println("planner: warning: " + warning);
    }
    context.err().flush();
    if (output != null) {
      String model = ModelFileWriter.fitted(fit.parameters(),
          "Fitted by planner calibrate on " + seen.size() + " observed sessions of " + schedule.conference());
      Optional<String> refused = rejectedAsModel(model, base);
      if (refused.isPresent()) {
        context.err().println("planner: not writing " + output + ": --model would reject the fitted values: "
            + refused.get());
        context.err().flush();
        return ExitCodes.INVALID_INPUT;
      }
      AtomicFileWriter.write(output, model);
      context.hint("wrote " + output);
    }
    return ExitCodes.OK;
  }

  private Integer fitFavourites(CommandContext context) throws Exception {
    if (!(penalty > 0) || Double.isInfinite(penalty) || minSessions < 1) {
      throw context.usage("--penalty must be above 0 and --min-sessions at least 1");
    }
    Schedule schedule = scheduleOptions.loadFrom(context, favourites);
    OverflowParameters base = modelOptions.parameters(context);
    FavouritesFit.Settings standard = FavouritesFit.Settings.standard();
    FavouritesFit.Settings settings = new FavouritesFit.Settings(penalty, minSessions, 0, standard.abstractFactor(),
        standard.families());
    FavouritesFit.Result fit;
    try {
      fit = FavouritesFit.fit(List.of(schedule), base.choice(), settings);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.at(favourites, 0, 0, e.getMessage());
    }
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    out.printf(Locale.ROOT, "Fitted to the favourites of %d sessions in %d time slots (log-likelihood %.3f):%n",
        fit.sessions(), fit.slots(), fit.logLikelihood());
    fit.weights().forEach((term, weight) -> out.printf(Locale.ROOT, "  %-30s %8.3f%n", term, weight));
    out.printf(Locale.ROOT, "%nEach day predicted by a fit on the other days, favourites withheld "
        + "(mean within-slot Spearman correlation with the favourites):%n");
    if (schedule.days().size() < 2) {
      out.printf(Locale.ROOT, "  not possible: the schedule has one day%n");
    } else {
      for (FavouritesCrossValidation.Score score : FavouritesCrossValidation.byDay(List.of(schedule), base.choice(), settings)) {
        out.printf(Locale.ROOT, "  %-34s %7.3f  (%d slots)%n", score.model(), score.mean(), score.slots());
      }
    }
    out.flush();
    context.out().print(text);
    context.out().flush();
    if (output != null) {
      AtomicFileWriter.write(output, ModelFileWriter.choiceWeights(fit.choice(), base.choice(),
          "Fitted by planner calibrate --favourites on " + fit.sessions() + " sessions of " + schedule.conference()));
      context.hint("wrote " + output);
    }
    return ExitCodes.OK;
  }

  /** Why {@code --model} would refuse this model file, read over the model it was fitted from; empty when it would not. */
  private static Optional<String> rejectedAsModel(String model, OverflowParameters base) {
    try {
      ModelFileReader.read(Source.ofText("fitted model", model), base);
      return Optional.empty();
    } catch (InvalidInputException e) {
      return Optional.of(e.getMessage());
    }
  }

  private static void describeFit(PrintWriter out, OverflowParameters base, Calibrator.Fit fit, int count) {
    OverflowParameters p = fit.parameters();
    out.printf(Locale.ROOT, "Fitted on %d observed sessions (log-likelihood %.2f, %d evaluations):%n",
        count, fit.logLikelihood(), fit.evaluations());
    row(out, "choice.roomWeight", base.choice().roomWeight(), p.choice().roomWeight());
    row(out, "choice.signalWeight", base.choice().signalWeight(), p.choice().signalWeight());
    row(out, "choice.hallwayUtility", base.choice().hallwayUtility(), p.choice().hallwayUtility());
    row(out, "attendance.inSessions", base.attendance().inSessions(), p.attendance().inSessions());
    row(out, "attendance.keynoteInSessions", base.attendance().keynoteInSessions(), p.attendance().keynoteInSessions());
    row(out, "demand.forecastCv", base.demand().forecastCv(), p.demand().forecastCv());
    if (!fit.held().isEmpty()) {
      out.printf(Locale.ROOT, "Held where they started (the observations cannot tell them): %s%n",
          String.join(", ", fit.held()));
    }
  }

  private static void row(PrintWriter out, String key, double from, double to) {
    out.printf(Locale.ROOT, "  %-30s %8.3f -> %8.3f%n", key, from, to);
  }

  private void describeScores(PrintWriter out, List<Observation> seen, Schedule schedule, OverflowParameters base) {
    List<ForecastScores> scores;
    try {
      scores = new SlotCrossValidation(base, folds).scores(schedule, seen);
    } catch (IllegalArgumentException e) {
      out.printf(Locale.ROOT, "%nNo cross-validation: %s%n", e.getMessage());
      return;
    }
    out.printf(Locale.ROOT, "%nCross-validated over time slots (%d folds; lower Brier and log loss are better):%n", folds);
    out.printf(Locale.ROOT, "  %-38s %7s %9s %8s%n", "model", "Brier", "log loss", "ROC-AUC");
    for (ForecastScores score : scores) {
      String auc = Double.isNaN(score.auc()) ? "n/a" : String.format(Locale.ROOT, "%.3f", score.auc());
      out.printf(Locale.ROOT, "  %-38s %7.4f %9.4f %8s%n", score.model(), score.brier(), score.logLoss(), auc);
    }
  }
}
