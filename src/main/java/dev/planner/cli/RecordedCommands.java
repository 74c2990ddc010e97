package dev.planner.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.InitializationException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Builds a subcommand's picocli model from the annotations the build recorded, the way picocli builds
 * it from the annotations themselves. Reading annotations makes the JDK define a class per annotation
 * type at run time, and costs a short run of the planner more than its own work.
 */
final class RecordedCommands {
  static final String RESOURCE = "/dev/planner/cli/annotations.bin";
  private static final int FORMAT = 1;
  /** The key picocli files its standard help options under. */
  private static final String STANDARD_HELP = "mixinStandardHelpOptions";
  private static final String STANDARD_HELP_CLASS = "picocli.CommandLine$AutoHelpMixin";

  /** A class's own {@code @Command} (empty when it has none) and its annotated fields, in declaration order. */
  record TypeRecord(String name, Map<String, Object> command, List<FieldRecord> fields) {
    TypeRecord {
      fields = List.copyOf(fields);
    }
  }

  /** A field's picocli annotations by type name, and the element types picocli infers for it. */
  record FieldRecord(String name, Map<String, Map<String, Object>> annotations, List<Class<?>> elementTypes) {
    FieldRecord {
      elementTypes = List.copyOf(elementTypes);
    }
  }

  /**
   * What the build read of one command: each type it is built from by name, with the values written on
   * its annotations, and the defaults of each annotation type for the values not written.
   */
  record Section(Map<String, TypeRecord> types, Map<String, Map<String, Object>> defaults) {}

  private final Section section;
  private final IFactory factory;

  private RecordedCommands(Section section, IFactory factory) {
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
    try (InputStream in = RecordedCommands.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return Optional.empty();
      }
      return read(new DataInputStream(new BufferedInputStream(in)), command.getName())
          .map(section -> new RecordedCommands(section, factory));
    } catch (IOException | ClassNotFoundException e) {
      // A record this build cannot read only costs the annotations' look-up.
      return Optional.empty();
    }
  }

  /** The model of a command or mixin object, its classes taken from the top of its hierarchy down, as picocli does. */
  CommandSpec spec(Object instance) throws Exception {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(instance, factory);
    Deque<Class<?>> hierarchy = new ArrayDeque<>();
    for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
      hierarchy.push(type);
    }
    boolean standardHelp = false;
    for (Class<?> type : hierarchy) {
      TypeRecord record = section.types().get(type.getName());
      if (record == null) {
        throw new IllegalStateException("no record of " + type.getName());
      }
      if (!record.command().isEmpty()) {
        Command command = (Command) annotation("Command", record.command());
        spec.updateCommandAttributes(command, factory);
        standardHelp |= command.mixinStandardHelpOptions();
        addSubcommands(spec, command);
      }
      for (FieldRecord field : record.fields()) {
        addMember(spec, new RecordedMember(type.getDeclaredField(field.name()), instance, annotations(field), field.elementTypes()));
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

  private List<RecordedAnnotation> annotations(FieldRecord field) {
    List<RecordedAnnotation> annotations = new ArrayList<>();
    field.annotations().forEach((type, values) -> annotations.add(annotation(type, values)));
    return annotations;
  }

  private RecordedAnnotation annotation(String type, Map<String, Object> values) {
    return RecordedAnnotation.of(type, values, section.defaults().getOrDefault(type, Map.of()));
  }

  // The record's layout: a format number; the defaults of each annotation type; the number of
  // commands, then for each command its class's name and the length of its section; then the
  // sections. A section lists each type the command is built from: its name, its @Command's elements
  // (none when it has no @Command), and its fields, each with its annotations' elements and its element
  // types. An element whose value is its default is left out.

  static void write(DataOutputStream out, Map<String, Map<String, Object>> defaults, Map<String, List<TypeRecord>> sections)
      throws IOException {
    List<byte[]> bodies = new ArrayList<>();
    for (List<TypeRecord> types : sections.values()) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      try (DataOutputStream section = new DataOutputStream(body)) {
        writeSection(section, types, defaults);
      }
      bodies.add(body.toByteArray());
    }
    out.writeInt(FORMAT);
    out.writeInt(defaults.size());
    for (Map.Entry<String, Map<String, Object>> type : defaults.entrySet()) {
      out.writeUTF(type.getKey());
      writeValues(out, type.getValue());
    }
    out.writeInt(sections.size());
    int i = 0;
    for (String command : sections.keySet()) {
      out.writeUTF(command);
      out.writeInt(bodies.get(i++).length);
    }
    for (byte[] body : bodies) {
      out.write(body);
    }
  }

  /** The types of the named command's section, if the record has one. */
  static Optional<Section> read(DataInputStream in, String command) throws IOException, ClassNotFoundException {
    if (in.readInt() != FORMAT) {
      throw new IOException("not a command record of format " + FORMAT);
    }
    Map<String, Class<?>> classes = new HashMap<>();
    Map<String, Map<String, Object>> defaults = new HashMap<>();
    for (int types = in.readInt(); types > 0; types--) {
      defaults.put(in.readUTF(), readValues(in, classes));
    }
    int count = in.readInt();
    long skipped = 0;
    int length = -1;
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      int size = in.readInt();
      if (name.equals(command)) {
        length = size;
      } else if (length < 0) {
        skipped += size;
      }
    }
    if (length < 0) {
      return Optional.empty();
    }
    in.skipNBytes(skipped);
    Map<String, TypeRecord> types = new HashMap<>();
    for (TypeRecord type : readSection(in, classes)) {
      types.put(type.name(), type);
    }
    return Optional.of(new Section(types, defaults));
  }

  private static void writeSection(DataOutputStream out, List<TypeRecord> types, Map<String, Map<String, Object>> defaults)
      throws IOException {
    out.writeInt(types.size());
    for (TypeRecord type : types) {
      out.writeUTF(type.name());
      writeValues(out, written(type.command(), defaults.getOrDefault("Command", Map.of())));
      out.writeInt(type.fields().size());
      for (FieldRecord field : type.fields()) {
        out.writeUTF(field.name());
        out.writeInt(field.annotations().size());
        for (Map.Entry<String, Map<String, Object>> annotation : field.annotations().entrySet()) {
          out.writeUTF(annotation.getKey());
          writeValues(out, written(annotation.getValue(), defaults.getOrDefault(annotation.getKey(), Map.of())));
        }
        writeValue(out, field.elementTypes().toArray(Class<?>[]::new));
      }
    }
  }

  /** A section's types; {@code classes} keeps the classes already looked up by name. */
  private static List<TypeRecord> readSection(DataInputStream in, Map<String, Class<?>> classes) throws IOException, ClassNotFoundException {
    int count = in.readInt();
    List<TypeRecord> types = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      Map<String, Object> command = readValues(in, classes);
      int fieldCount = in.readInt();
      List<FieldRecord> fields = new ArrayList<>(fieldCount);
      for (int j = 0; j < fieldCount; j++) {
        String field = in.readUTF();
        int annotationCount = in.readInt();
        Map<String, Map<String, Object>> annotations = new LinkedHashMap<>();
        for (int k = 0; k < annotationCount; k++) {
          annotations.put(in.readUTF(), readValues(in, classes));
        }
        fields.add(new FieldRecord(field, annotations, List.of((Class<?>[]) readValue(in, classes))));
      }
      types.add(new TypeRecord(name, command, fields));
    }
    return types;
  }

  /** The values that differ from their defaults. */
  private static Map<String, Object> written(Map<String, Object> values, Map<String, Object> defaults) {
    Map<String, Object> written = new LinkedHashMap<>();
    values.forEach((element, value) -> {
      if (!Objects.deepEquals(value, defaults.get(element))) {
        written.put(element, value);
      }
    });
    return written;
  }

  private static void writeValues(DataOutputStream out, Map<String, Object> values) throws IOException {
    out.writeInt(values.size());
    for (Map.Entry<String, Object> value : values.entrySet()) {
      out.writeUTF(value.getKey());
      writeValue(out, value.getValue());
    }
  }

  private static Map<String, Object> readValues(DataInputStream in, Map<String, Class<?>> classes) throws IOException, ClassNotFoundException {
    int count = in.readInt();
    Map<String, Object> values = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      values.put(in.readUTF(), readValue(in, classes));
    }
    return values;
  }

  private static void writeValue(DataOutputStream out, Object value) throws IOException {
    if (value instanceof String text) {
      out.writeByte('s');
      out.writeUTF(text);
    } else if (value instanceof String[] texts) {
      out.writeByte('S');
      out.writeInt(texts.length);
      for (String text : texts) {
        out.writeUTF(text);
      }
    } else if (value instanceof Boolean flag) {
      out.writeByte('z');
      out.writeBoolean(flag);
    } else if (value instanceof Integer number) {
      out.writeByte('i');
      out.writeInt(number);
    } else if (value instanceof Character character) {
      out.writeByte('c');
      out.writeChar(character);
    } else if (value instanceof Class<?> type) {
      out.writeByte('k');
      out.writeUTF(type.getName());
    } else if (value instanceof Class<?>[] classes) {
      out.writeByte('K');
      out.writeInt(classes.length);
      for (Class<?> type : classes) {
        out.writeUTF(type.getName());
      }
    } else if (value instanceof Enum<?> constant) {
      out.writeByte('e');
      out.writeUTF(constant.getDeclaringClass().getName());
      out.writeUTF(constant.name());
    } else {
      throw new IllegalArgumentException("cannot record " + value.getClass().getName() + " " + value);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object readValue(DataInputStream in, Map<String, Class<?>> classes) throws IOException, ClassNotFoundException {
    byte tag = in.readByte();
    switch (tag) {
      case 's':
        return in.readUTF();
      case 'S': {
        String[] texts = new String[in.readInt()];
        for (int i = 0; i < texts.length; i++) {
          texts[i] = in.readUTF();
        }
        return texts;
      }
      case 'z':
        return in.readBoolean();
      case 'i':
        return in.readInt();
      case 'c':
        return in.readChar();
      case 'k':
        return type(in.readUTF(), classes);
      case 'K': {
        Class<?>[] types = new Class<?>[in.readInt()];
        for (int i = 0; i < types.length; i++) {
          types[i] = type(in.readUTF(), classes);
        }
        return types;
      }
      case 'e':
        return Enum.valueOf((Class) type(in.readUTF(), classes), in.readUTF());
      default:
        throw new IOException("unknown value tag " + tag);
    }
  }

  private static Class<?> type(String name, Map<String, Class<?>> classes) throws ClassNotFoundException {
    Class<?> known = classes.get(name);
    if (known != null) {
      return known;
    }
    Class<?> type = switch (name) {
      case "boolean" -> boolean.class;
      case "int" -> int.class;
      case "long" -> long.class;
      case "double" -> double.class;
      default -> Class.forName(name, false, RecordedCommands.class.getClassLoader());
    };
    classes.put(name, type);
    return type;
  }
}
