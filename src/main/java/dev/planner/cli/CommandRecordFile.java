package dev.planner.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The binary layout of the annotations the build records for {@link RecordedCommands}: each command
 * in a section of its own, so that a run reads the section of the command it runs and skips the rest.
 */
final class CommandRecordFile {
  private static final int FORMAT = 2;

  private CommandRecordFile() {}

  /** A class's own {@code @Command} (empty when it has none) and its annotated fields, in declaration order. */
  record TypeRecord(String name, Map<String, Object> command, List<FieldRecord> fields) {
    TypeRecord {
      fields = List.copyOf(fields);
    }
  }

  /**
   * A field's picocli annotations by type name, the element types picocli infers for it, and its
   * declaration as {@link java.lang.reflect.Field#toGenericString} writes it, which picocli's messages
   * name it by and which would have the JDK parse the field's generic signature at run time.
   */
  record FieldRecord(String name, Map<String, Map<String, Object>> annotations, List<Class<?>> elementTypes,
      String declaration) {
    FieldRecord {
      elementTypes = List.copyOf(elementTypes);
    }
  }

  /**
   * What the build read of one command: each type it is built from by name, with the values written on
   * its annotations, and the defaults of each annotation type for the values not written.
   */
  record Section(Map<String, TypeRecord> types, Map<String, Map<String, Object>> defaults) {}

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
        out.writeUTF(field.declaration());
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
        fields.add(new FieldRecord(field, annotations, List.of((Class<?>[]) readValue(in, classes)), in.readUTF()));
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
