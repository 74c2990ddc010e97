package dev.planner.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Run by the build: records the picocli annotations of the planner's subcommands, the classes they
 * extend, their mixins, argument groups and their own subcommands, for {@link RecordedCommands}. A
 * command that uses what the record cannot replay (a group of many, annotated methods) is left out,
 * and is read from its annotations at run time.
 */
public final class AnnotationRecorder {
  private static final List<Class<? extends Annotation>> FIELD_ANNOTATIONS =
      List.of(Option.class, Parameters.class, Mixin.class, Spec.class, ArgGroup.class);
  private static final List<Class<? extends Annotation>> NOT_REPLAYED = List.of(Unmatched.class, ParentCommand.class);

  private final Map<Class<?>, CommandRecordFile.TypeRecord> records = new LinkedHashMap<>();
  private final Map<Field, ArgSpec> arguments = new IdentityHashMap<>();

  private AnnotationRecorder() {}

  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.write(target, record(PlannerCli.SUBCOMMANDS));
  }

  /** The record of the commands that can be replayed, each with everything it is built from. */
  static byte[] record(List<Class<?>> commands) throws IOException {
    Map<String, List<CommandRecordFile.TypeRecord>> sections = new LinkedHashMap<>();
    for (Class<?> command : commands) {
      AnnotationRecorder recorder = new AnnotationRecorder();
      if (recorder.recordCommand(command)) {
        sections.put(command.getName(), List.copyOf(recorder.records.values()));
      }
    }
    Map<String, Map<String, Object>> defaults = new LinkedHashMap<>();
    defaults.put(Command.class.getSimpleName(), defaults(Command.class));
    for (Class<? extends Annotation> type : FIELD_ANNOTATIONS) {
      defaults.put(type.getSimpleName(), defaults(type));
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      CommandRecordFile.write(out, defaults, sections);
    }
    return bytes.toByteArray();
  }

  /** Records the command and what it is built from; false when the record could not replay it. */
  private boolean recordCommand(Class<?> command) {
    CommandSpec spec = new CommandLine(command).getCommandSpec();
    collectArguments(spec);
    return recordType(command) && recordType(helpMixin());
  }

  /** Picocli's own mixin of the standard help options, which it reads from its annotations. */
  private static Class<?> helpMixin() {
    try {
      return Class.forName("picocli.CommandLine$AutoHelpMixin");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("picocli has no standard help mixin", e);
    }
  }

  /** The argument built for each annotated field, whose inferred element types the record keeps. */
  private void collectArguments(CommandSpec spec) {
    for (ArgSpec argument : spec.args()) {
      if (argument.userObject() instanceof Field field) {
        arguments.put(field, argument);
      }
    }
    for (CommandSpec mixin : spec.mixins().values()) {
      collectArguments(mixin);
    }
    for (CommandLine subcommand : spec.subcommands().values()) {
      collectArguments(subcommand.getCommandSpec());
    }
  }

  private boolean recordType(Class<?> type) {
    if (type == Object.class || records.containsKey(type)) {
      return true;
    }
    if (hasAnnotatedMethods(type)) {
      return false;
    }
    Command command = type.getAnnotation(Command.class);
    List<CommandRecordFile.FieldRecord> fields = new ArrayList<>();
    records.put(type, null); // taken, against a mixin or subcommand that leads back here
    for (Field field : type.getDeclaredFields()) {
      if (NOT_REPLAYED.stream().anyMatch(field::isAnnotationPresent)) {
        return false;
      }
      Map<String, Map<String, Object>> annotations = new LinkedHashMap<>();
      for (Class<? extends Annotation> annotationType : FIELD_ANNOTATIONS) {
        Annotation annotation = field.getAnnotation(annotationType);
        if (annotation != null) {
          annotations.put(annotationType.getSimpleName(), values(annotation));
        }
      }
      if (annotations.isEmpty()) {
        continue;
      }
      ArgSpec argument = arguments.get(field);
      Class<?>[] elementTypes = argument == null ? new Class<?>[0] : argument.auxiliaryTypes();
      fields.add(new CommandRecordFile.FieldRecord(field.getName(), annotations, List.of(elementTypes), field.toGenericString()));
      if (field.isAnnotationPresent(Mixin.class) && !recordType(field.getType())) {
        return false;
      }
      if (field.isAnnotationPresent(ArgGroup.class) && !recordGroup(field)) {
        return false;
      }
    }
    if (command != null) {
      for (Class<?> subcommand : command.subcommands()) {
        if (!recordType(subcommand)) {
          return false;
        }
      }
    }
    records.put(type, new CommandRecordFile.TypeRecord(type.getName(), command == null ? Map.of() : values(command), fields));
    return recordType(type.getSuperclass());
  }

  /** An argument group's class; a group of many (a collection or array of groups) is left to the annotations. */
  private boolean recordGroup(Field field) {
    Class<?> type = field.getType();
    if (type.isArray() || Iterable.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      return false;
    }
    return recordType(type);
  }

  private static boolean hasAnnotatedMethods(Class<?> type) {
    for (Method method : type.getDeclaredMethods()) {
      for (Annotation annotation : method.getAnnotations()) {
        if (annotation.annotationType().getName().startsWith("picocli.")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The default of each element of the annotation type that has one, by name. */
  private static Map<String, Object> defaults(Class<? extends Annotation> type) {
    Map<String, Object> defaults = new LinkedHashMap<>();
    for (Method element : elements(type)) {
      if (element.getDefaultValue() != null) {
        defaults.put(element.getName(), element.getDefaultValue());
      }
    }
    return defaults;
  }

  private static Method[] elements(Class<? extends Annotation> type) {
    Method[] elements = type.getDeclaredMethods();
    Arrays.sort(elements, Comparator.comparing(Method::getName));
    return elements;
  }

  /** Every element of the annotation, the defaults included, by name. */
  private static Map<String, Object> values(Annotation annotation) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Method element : elements(annotation.annotationType())) {
      try {
        values.put(element.getName(), element.invoke(annotation));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + annotation + "." + element.getName(), e);
      }
    }
    return values;
  }
}
