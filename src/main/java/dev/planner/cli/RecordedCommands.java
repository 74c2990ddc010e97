package dev.planner.cli;

import dev.planner.importing.BundledFiles;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.InitializationException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * Builds a subcommand's picocli model from the annotations the build recorded, the way picocli builds
 * it from the annotations themselves. Reading annotations makes the JDK define a class per annotation
 * type at run time, and costs a short run of the planner more than its own work.
 */
final class RecordedCommands {
  static final String RESOURCE = "/dev/planner/cli/annotations.bin";
  /** The key picocli files its standard help options under. */
  private static final String STANDARD_HELP = "mixinStandardHelpOptions";
  private static final String STANDARD_HELP_CLASS = "picocli.CommandLine$AutoHelpMixin";

  private final CommandRecordFile.Section section;
  private final IFactory factory;
  /** The type information of each field type and element types met, shared by the fields that have them. */
  private final Map<List<Class<?>>, ITypeInfo> typeInfos = new HashMap<>();

  private RecordedCommands(CommandRecordFile.Section section, IFactory factory) {
    this.section = section;
    this.factory = factory;
  }

  /** The command's command line, from the record when it holds the command, else from its annotations. */
  static CommandLine commandLine(Class<?> command, IFactory factory) {
    Optional<RecordedCommands> record = load(command, factory);
    if (record.isEmpty()) {
      return new CommandLine(command, factory);
    }
    try {
      return new CommandLine(record.get().spec(factory.create(command)), factory);
    } catch (Exception e) {
      throw new InitializationException("Could not build " + command.getName() + " from its record: " + e, e);
    }
  }

  /** The record of the command and everything it is built from, when the build wrote one. */
  static Optional<RecordedCommands> load(Class<?> command, IFactory factory) {
    try (InputStream in = BundledFiles.open(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      Optional<CommandRecordFile.Section> section =
          CommandRecordFile.read(new DataInputStream(new BufferedInputStream(in)), command.getName());
      return section.isEmpty() ? Optional.empty() : Optional.of(new RecordedCommands(section.get(), factory));
    } catch (IOException | ClassNotFoundException e) {
      // A record this build cannot read only costs the annotations' look-up.
      return Optional.empty();
    }
  }

  /** The model of a command or mixin object, its classes taken from the top of its hierarchy down, as picocli does. */
  CommandSpec spec(Object instance) throws Exception {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(instance, factory);
    boolean standardHelp = false;
    for (Class<?> type : topDown(instance.getClass())) {
      CommandRecordFile.TypeRecord record = record(type);
      if (!record.command().isEmpty()) {
        Command command = (Command) annotation("Command", record.command());
        spec.updateCommandAttributes(command, factory);
        standardHelp |= command.mixinStandardHelpOptions();
        addSubcommands(spec, command);
      }
      for (CommandRecordFile.FieldRecord field : record.fields()) {
        addMember(spec, new RecordedMember(type.getDeclaredField(field.name()), instance, annotations(field),
            field.elementTypes(), field.declaration(), typeInfos));
      }
    }
    if (standardHelp) {
      addStandardHelp(spec);
    }
    return spec;
  }

  private void addSubcommands(CommandSpec spec, Command command) throws Exception {
    for (Class<?> subcommand : command.subcommands()) {
      CommandSpec subspec = spec(factory.create(subcommand));
      spec.addSubcommand(subspec.name(), new CommandLine(subspec, factory));
    }
  }

  private void addMember(CommandSpec spec, RecordedMember member) throws Exception {
    if (member.isMixin()) {
      addMixin(spec, member);
    }
    if (member.isArgGroup()) {
      spec.addArgGroup(group(member));
    }
    if (member.isOption()) {
      spec.addOption(OptionSpec.builder(member, factory).build());
    }
    if (member.isParameter()) {
      spec.addPositional(PositionalParamSpec.builder(member, factory).build());
    }
    if (member.isSpec()) {
      spec.addSpecElement(member);
      if (member.getAnnotation(Spec.class).value() == Spec.Target.SELF) {
        member.setter().set(spec);
      }
    }
  }

  private void addMixin(CommandSpec spec, RecordedMember member) throws Exception {
    Object mixin = member.getter().get();
    if (mixin == null) {
      mixin = factory.create(member.getTypeInfo().getType());
      member.setter().set(mixin);
    }
    CommandSpec mixinSpec = spec(mixin).withToString(member.getToString());
    spec.addMixin(member.getMixinName(), mixinSpec, member);
    for (IAnnotatedElement element : mixinSpec.specElements()) {
      if (element.getAnnotation(Spec.class).value() == Spec.Target.MIXEE) {
        element.setter().set(spec);
      }
    }
  }

  /**
   * An argument group as picocli builds it from its field: the group's own members, from the top of
   * its class's hierarchy down, share one scope, which holds the group's object once there is one.
   */
  private ArgGroupSpec group(RecordedMember member) throws Exception {
    ArgGroupSpec.Builder group = ArgGroupSpec.builder(member).updateArgGroupAttributes(member.getAnnotation(ArgGroup.class));
    Object instance = member.getter().get();
    IScope scope = RecordedMember.scopeOf(instance);
    for (Class<?> type : topDown(instance == null ? member.getTypeInfo().getType() : instance.getClass())) {
      for (CommandRecordFile.FieldRecord field : record(type).fields()) {
        RecordedMember element = new RecordedMember(type.getDeclaredField(field.name()), scope, annotations(field),
            field.elementTypes(), field.declaration(), typeInfos);
        if (element.isArgGroup()) {
          group.addSubgroup(group(element));
        } else if (element.isOption()) {
          group.addArg(OptionSpec.builder(element, factory).build());
        } else if (element.isParameter()) {
          group.addArg(PositionalParamSpec.builder(element, factory).build());
        } else if (element.isSpec()) {
          group.addSpecElement(element);
        }
      }
    }
    return group.build();
  }

  /** A class and the classes it extends, from the top of the hierarchy down, as picocli reads them. */
  private static Deque<Class<?>> topDown(Class<?> type) {
    Deque<Class<?>> hierarchy = new ArrayDeque<>();
    for (Class<?> each = type; each != Object.class; each = each.getSuperclass()) {
      hierarchy.push(each);
    }
    return hierarchy;
  }

  private CommandRecordFile.TypeRecord record(Class<?> type) {
    CommandRecordFile.TypeRecord record = section.types().get(type.getName());
    if (record == null) {
      throw new IllegalStateException("no record of " + type.getName());
    }
    return record;
  }

  /** Picocli's {@code --help} and {@code --version}, unless the command has options of those names. */
  private void addStandardHelp(CommandSpec spec) throws Exception {
    CommandSpec help = spec(factory.create(Class.forName(STANDARD_HELP_CLASS)));
    for (String name : help.optionsMap().keySet()) {
      if (spec.optionsMap().containsKey(name)) {
        return;
      }
    }
    spec.addMixin(STANDARD_HELP, help);
  }

  private List<RecordedAnnotation> annotations(CommandRecordFile.FieldRecord field) {
    List<RecordedAnnotation> annotations = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> annotation : field.annotations().entrySet()) {
      annotations.add(annotation(annotation.getKey(), annotation.getValue()));
    }
    return annotations;
  }

  private RecordedAnnotation annotation(String type, Map<String, Object> values) {
    return RecordedAnnotation.of(type, values, section.defaults().getOrDefault(type, Map.of()));
  }
}
