package dev.planner.cli;

import java.lang.annotation.Annotation;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * A picocli annotation as the build recorded it: every element's value, read back from a map. Picocli
 * reads these exactly as it reads the annotations themselves; the JDK would make a class at run time
 * for each annotation type it hands out.
 */
abstract class RecordedAnnotation implements Annotation {
  private final Class<? extends Annotation> type;
  private final Map<String, Object> values;
  private final Map<String, Object> defaults;

  /** An annotation with the values written on it, and its type's defaults for the elements not written. */
  RecordedAnnotation(Class<? extends Annotation> type, Map<String, Object> values, Map<String, Object> defaults) {
    this.type = type;
    this.values = values;
    this.defaults = defaults;
  }

  @Override
  public Class<? extends Annotation> annotationType() {
    return type;
  }

  /** An element's value; the build recorded every element, the defaults included. */
  @SuppressWarnings("unchecked")
  final <T> T value(String element) {
    Object value = values.getOrDefault(element, defaults.get(element));
    if (value == null) {
      throw new IllegalStateException("no value recorded for " + type.getSimpleName() + "." + element);
    }
    return (T) (value instanceof Object[] array ? array.clone() : value);
  }

  @Override
  public String toString() {
    return "@" + type.getSimpleName() + values;
  }

  /** The recorded annotation of that type. */
  static RecordedAnnotation of(String type, Map<String, Object> values, Map<String, Object> defaults) {
    return switch (type) {
      case "Command" -> new RecordedCommand(values, defaults);
      case "Option" -> new RecordedOption(values, defaults);
      case "Parameters" -> new RecordedParameters(values, defaults);
      case "Mixin" -> new RecordedMixin(values, defaults);
      case "Spec" -> new RecordedSpec(values, defaults);
      case "ArgGroup" -> new RecordedArgGroup(values, defaults);
      default -> throw new IllegalArgumentException("no recorded form of @" + type);
    };
  }

  /** The elements {@code @Option} and {@code @Parameters} share. */
  abstract static class RecordedArgument extends RecordedAnnotation {
    RecordedArgument(Class<? extends Annotation> type, Map<String, Object> values, Map<String, Object> defaults) {
      super(type, values, defaults);
    }

    public String arity() { return value("arity"); }
    public Class<? extends Iterable<String>> completionCandidates() { return value("completionCandidates"); }
    public Class<? extends ITypeConverter<?>>[] converter() { return value("converter"); }
    public String defaultValue() { return value("defaultValue"); }
    public String[] description() { return value("description"); }
    public String descriptionKey() { return value("descriptionKey"); }
    public boolean echo() { return value("echo"); }
    public boolean hidden() { return value("hidden"); }
    public boolean hideParamSyntax() { return value("hideParamSyntax"); }
    public boolean interactive() { return value("interactive"); }
    public String mapFallbackValue() { return value("mapFallbackValue"); }
    public String paramLabel() { return value("paramLabel"); }
    public Class<? extends IParameterConsumer> parameterConsumer() { return value("parameterConsumer"); }
    public Class<? extends IParameterPreprocessor> preprocessor() { return value("preprocessor"); }
    public String prompt() { return value("prompt"); }
    public ScopeType scope() { return value("scope"); }
    public Help.Visibility showDefaultValue() { return value("showDefaultValue"); }
    public String split() { return value("split"); }
    public String splitSynopsisLabel() { return value("splitSynopsisLabel"); }
    public Class<?>[] type() { return value("type"); }
  }

  /** A recorded {@code @Option}. */
  static final class RecordedOption extends RecordedArgument implements Option {
    RecordedOption(Map<String, Object> values, Map<String, Object> defaults) {
      super(Option.class, values, defaults);
    }

    @Override public String fallbackValue() { return value("fallbackValue"); }
    @Override public boolean help() { return value("help"); }
    @Override public String[] names() { return value("names"); }
    @Override public boolean negatable() { return value("negatable"); }
    @Override public int order() { return value("order"); }
    @Override public boolean required() { return value("required"); }
    @Override public boolean usageHelp() { return value("usageHelp"); }
    @Override public boolean versionHelp() { return value("versionHelp"); }
  }

  /** A recorded {@code @Parameters}. */
  static final class RecordedParameters extends RecordedArgument implements Parameters {
    RecordedParameters(Map<String, Object> values, Map<String, Object> defaults) {
      super(Parameters.class, values, defaults);
    }

    @Override public String index() { return value("index"); }
  }

  /** A recorded {@code @Command}. */
  static final class RecordedCommand extends RecordedAnnotation implements Command {
    RecordedCommand(Map<String, Object> values, Map<String, Object> defaults) {
      super(Command.class, values, defaults);
    }

    @Override public boolean abbreviateSynopsis() { return value("abbreviateSynopsis"); }
    @Override public boolean addMethodSubcommands() { return value("addMethodSubcommands"); }
    @Override public String[] aliases() { return value("aliases"); }
    @Override public String commandListHeading() { return value("commandListHeading"); }
    @Override public String[] customSynopsis() { return value("customSynopsis"); }
    @Override public Class<? extends IDefaultValueProvider> defaultValueProvider() { return value("defaultValueProvider"); }
    @Override public String[] description() { return value("description"); }
    @Override public String descriptionHeading() { return value("descriptionHeading"); }
    @Override public String[] exitCodeList() { return value("exitCodeList"); }
    @Override public String exitCodeListHeading() { return value("exitCodeListHeading"); }
    @Override public int exitCodeOnExecutionException() { return value("exitCodeOnExecutionException"); }
    @Override public int exitCodeOnInvalidInput() { return value("exitCodeOnInvalidInput"); }
    @Override public int exitCodeOnSuccess() { return value("exitCodeOnSuccess"); }
    @Override public int exitCodeOnUsageHelp() { return value("exitCodeOnUsageHelp"); }
    @Override public int exitCodeOnVersionHelp() { return value("exitCodeOnVersionHelp"); }
    @Override public String[] footer() { return value("footer"); }
    @Override public String footerHeading() { return value("footerHeading"); }
    @Override public String[] header() { return value("header"); }
    @Override public String headerHeading() { return value("headerHeading"); }
    @Override public boolean helpCommand() { return value("helpCommand"); }
    @Override public boolean hidden() { return value("hidden"); }
    @Override public boolean mixinStandardHelpOptions() { return value("mixinStandardHelpOptions"); }
    @Override public Class<? extends IModelTransformer> modelTransformer() { return value("modelTransformer"); }
    @Override public String name() { return value("name"); }
    @Override public String optionListHeading() { return value("optionListHeading"); }
    @Override public String parameterListHeading() { return value("parameterListHeading"); }
    @Override public Class<? extends IParameterPreprocessor> preprocessor() { return value("preprocessor"); }
    @Override public char requiredOptionMarker() { return value("requiredOptionMarker"); }
    @Override public String resourceBundle() { return value("resourceBundle"); }
    @Override public ScopeType scope() { return value("scope"); }
    @Override public String separator() { return value("separator"); }
    @Override public boolean showAtFileInUsageHelp() { return value("showAtFileInUsageHelp"); }
    @Override public boolean showDefaultValues() { return value("showDefaultValues"); }
    @Override public boolean showEndOfOptionsDelimiterInUsageHelp() { return value("showEndOfOptionsDelimiterInUsageHelp"); }
    @Override public boolean sortOptions() { return value("sortOptions"); }
    @Override public boolean sortSynopsis() { return value("sortSynopsis"); }
    @Override public Class<?>[] subcommands() { return value("subcommands"); }
    @Override public boolean subcommandsRepeatable() { return value("subcommandsRepeatable"); }
    @Override public String synopsisHeading() { return value("synopsisHeading"); }
    @Override public String synopsisSubcommandLabel() { return value("synopsisSubcommandLabel"); }
    @Override public boolean usageHelpAutoWidth() { return value("usageHelpAutoWidth"); }
    @Override public int usageHelpWidth() { return value("usageHelpWidth"); }
    @Override public String[] version() { return value("version"); }
    @Override public Class<? extends IVersionProvider> versionProvider() { return value("versionProvider"); }
  }

  /** A recorded {@code @Mixin}. */
  static final class RecordedMixin extends RecordedAnnotation implements Mixin {
    RecordedMixin(Map<String, Object> values, Map<String, Object> defaults) {
      super(Mixin.class, values, defaults);
    }

    @Override public String name() { return value("name"); }
  }

  /** A recorded {@code @Spec}. */
  static final class RecordedSpec extends RecordedAnnotation implements Spec {
    RecordedSpec(Map<String, Object> values, Map<String, Object> defaults) {
      super(Spec.class, values, defaults);
    }

    @Override public Spec.Target value() { return value("value"); }
  }

  /** A recorded {@code @ArgGroup}. */
  static final class RecordedArgGroup extends RecordedAnnotation implements ArgGroup {
    RecordedArgGroup(Map<String, Object> values, Map<String, Object> defaults) {
      super(ArgGroup.class, values, defaults);
    }

    @Override public boolean exclusive() { return value("exclusive"); }
    @Override public String heading() { return value("heading"); }
    @Override public String headingKey() { return value("headingKey"); }
    @Override public String multiplicity() { return value("multiplicity"); }
    @Override public int order() { return value("order"); }
    @Override public boolean validate() { return value("validate"); }
  }
}
