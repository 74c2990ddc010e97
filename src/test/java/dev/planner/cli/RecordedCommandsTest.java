package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

class RecordedCommandsTest {
  static List<Class<?>> subcommands() {
    return PlannerCli.SUBCOMMANDS;
  }

  @Test
  void theBuildRecordsEveryCommandTheOneWithAnArgumentGroupIncluded() throws Exception {
    assertThat(RecordedCommands.class.getResource(RecordedCommands.RESOURCE)).isNotNull();
    List<Class<?>> recorded = new ArrayList<>();
    for (Class<?> command : PlannerCli.SUBCOMMANDS) {
      if (RecordedCommands.load(command, CommandLine.defaultFactory()).isPresent()) {
        recorded.add(command);
      }
    }
    assertThat(recorded).containsExactlyElementsOf(PlannerCli.SUBCOMMANDS).contains(ExportCommand.class);
  }

  @Test
  void aGroupOfManyIsLeftToTheAnnotations() throws Exception {
    byte[] bytes = AnnotationRecorder.record(List.of(ManyGroups.class));

    assertThat(CommandRecordFile.read(new DataInputStream(new ByteArrayInputStream(bytes)), ManyGroups.class.getName())).isEmpty();
  }

  @CommandLine.Command(name = "many")
  static final class ManyGroups {
    @CommandLine.ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Pair> pairs;

    static final class Pair {
      @CommandLine.Option(names = "--from", required = true)
      String from;

      @CommandLine.Option(names = "--to", required = true)
      String to;
    }
  }

  @Test
  void theOptionsOfARecordedGroupFillTheGroupObjectPicocliMakes() {
    CommandLine fromRecord = RecordedCommands.commandLine(ExportCommand.class, CommandLine.defaultFactory());

    fromRecord.parseArgs("--day", "wed", "-d", "thu");
    ExportCommand export = fromRecord.getCommand();
    assertThat(export.days.named).containsExactly("wed", "thu");
    assertThat(export.days.all).isFalse();
    assertThat(fromRecord.getCommandSpec().argGroups()).singleElement()
        .satisfies(group -> assertThat(group.args()).allSatisfy(arg -> assertThat(arg.group()).isSameAs(group)));
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void aCommandBuiltFromTheRecordIsTheCommandPicocliBuildsFromItsAnnotations(Class<?> command) throws Exception {
    CommandLine fromAnnotations = new CommandLine(command);
    CommandLine fromRecord = RecordedCommands.commandLine(command, CommandLine.defaultFactory());

    assertThat(describe(fromRecord.getCommandSpec())).isEqualTo(describe(fromAnnotations.getCommandSpec()));
  }

  @Test
  void theRecordReadsBackAsWritten() throws Exception {
    byte[] bytes = AnnotationRecorder.record(List.of(RankCommand.class, ProfileCommand.class));

    CommandRecordFile.Section rank = CommandRecordFile.read(new DataInputStream(new ByteArrayInputStream(bytes)), RankCommand.class.getName()).orElseThrow();
    CommandRecordFile.Section profile = CommandRecordFile.read(new DataInputStream(new ByteArrayInputStream(bytes)), ProfileCommand.class.getName()).orElseThrow();

    assertThat(rank.types()).containsKeys(RankCommand.class.getName(), DayOption.class.getName(), OutputOptions.class.getName())
        .doesNotContainKey(ProfileCommand.Init.class.getName());
    assertThat(profile.types()).containsKeys(ProfileCommand.class.getName(), ProfileCommand.Init.class.getName(), CommandGroup.class.getName());
    assertThat(rank.defaults().get("Option")).containsEntry("arity", "").containsEntry("hidden", false);
    assertThat(CommandRecordFile.read(new DataInputStream(new ByteArrayInputStream(bytes)), PlanCommand.class.getName())).isEmpty();
  }

  /** Everything about a command's model that parsing, help, completion and the commands read. */
  private static String describe(CommandSpec spec) {
    StringBuilder text = new StringBuilder();
    text.append("command ").append(spec.qualifiedName()).append(" aliases ").append(Arrays.toString(spec.aliases()))
        .append(" mixins ").append(spec.mixins().keySet()).append('\n');
    text.append(new CommandLine(spec).getUsageMessage(Help.Ansi.OFF));
    for (OptionSpec option : spec.options()) {
      text.append(describe(option)).append(" names ").append(Arrays.toString(option.names()))
          .append(" negatable ").append(option.negatable()).append(" fallback ").append(option.fallbackValue())
          .append(" order ").append(option.order()).append(" help ").append(option.usageHelp()).append(option.versionHelp()).append('\n');
    }
    for (PositionalParamSpec positional : spec.positionalParameters()) {
      text.append(describe(positional)).append(" index ").append(positional.index()).append('\n');
    }
    for (ArgGroupSpec group : spec.argGroups()) {
      describe(group, text);
    }
    describeInjections(spec, spec, text);
    spec.mixins().forEach((name, mixin) -> describeInjections(mixin, spec, text.append("mixin ").append(name).append(": ")));
    spec.subcommands().values().forEach(subcommand -> text.append(describe(subcommand.getCommandSpec())));
    return text.toString();
  }

  private static String describe(ArgSpec argument) {
    return argument.getClass().getSimpleName() + " " + argument.paramLabel() + " arity " + argument.arity()
        + " type " + argument.type().getName() + " elements " + Arrays.toString(argument.auxiliaryTypes())
        + " description " + Arrays.toString(argument.description()) + " default " + argument.defaultValue()
        + " initial " + argument.initialValue() + " " + argument.hasInitialValue()
        + " split " + argument.splitRegex() + " required " + argument.required() + " hidden " + argument.hidden()
        + " interactive " + argument.interactive() + " scope " + argument.scopeType()
        + " converters " + Arrays.stream(argument.converters()).map(c -> c.getClass().getName()).toList()
        + " candidates " + (argument.completionCandidates() == null ? "none" : join(argument.completionCandidates()))
        + " show default " + argument.showDefaultValue() + " multi " + argument.isMultiValue()
        + " member " + argument.userObject() + " named " + argument;
  }

  private static void describe(ArgGroupSpec group, StringBuilder text) {
    text.append(group).append(" type ").append(group.typeInfo().getType().getName())
        .append(" elements ").append(Arrays.toString(group.typeInfo().getAuxiliaryTypes()))
        .append(" multi ").append(group.typeInfo().isMultiValue()).append('\n');
    for (ArgSpec argument : group.args()) {
      text.append("  ").append(describe(argument)).append('\n');
    }
    for (ArgGroupSpec subgroup : group.subgroups()) {
      describe(subgroup, text);
    }
  }

  /** Which model each {@code @Spec} field holds: its own command's, or the one it is mixed into. */
  private static void describeInjections(CommandSpec spec, CommandSpec mixee, StringBuilder text) {
    for (IAnnotatedElement element : spec.specElements()) {
      Object injected;
      try {
        injected = element.getter().get();
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      text.append("spec ").append(element.getName()).append(" = ")
          .append(injected == spec ? "self" : injected == mixee ? "mixee" : String.valueOf(injected)).append('\n');
    }
  }

  private static String join(Iterable<String> values) {
    List<String> list = new ArrayList<>();
    values.forEach(list::add);
    return list.stream().collect(Collectors.joining(","));
  }

  @Test
  void aRecordedAnnotationAnswersWithTheWrittenValueElseTheDefault() {
    RecordedAnnotation.RecordedOption option = new RecordedAnnotation.RecordedOption(
        Map.of("names", new String[] {"--day"}), Map.of("arity", "", "hidden", false));

    assertThat(option.names()).containsExactly("--day");
    assertThat(option.arity()).isEmpty();
    assertThat(option.hidden()).isFalse();
    assertThat(option.annotationType()).isEqualTo(picocli.CommandLine.Option.class);
  }
}
