package dev.planner.cli;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.IExtensible;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.IScope;
import picocli.CommandLine.Model.IScoped;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.ITypeInfo;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.PicocliException;
import picocli.CommandLine.Spec;

/**
 * An annotated field of a command, mixin or argument group, with its recorded annotations, bound to
 * the object that holds it: what picocli's own reflection hands its builders, without reading an
 * annotation. It is its own getter and setter, rather than handing out method references that each
 * cost a run their linking.
 */
final class RecordedMember implements IAnnotatedElement, IExtensible, IGetter, ISetter, IScoped {
  private final Field field;
  private final IScope scope;
  private final Map<Class<? extends Annotation>, RecordedAnnotation> annotations;
  private final List<Class<?>> elementTypes;
  private final String declaration;
  private final Map<List<Class<?>>, ITypeInfo> typeInfos;

  /**
   * A member with its declaration as {@link Field#toGenericString} writes it, and the type information
   * already made for other members, by their field's type and element types.
   */
  RecordedMember(Field field, Object holder, List<RecordedAnnotation> annotations, List<Class<?>> elementTypes,
      String declaration, Map<List<Class<?>>, ITypeInfo> typeInfos) {
    this(field, scopeOf(holder), annotations, elementTypes, declaration, typeInfos);
  }

  /**
   * A member of an argument group, whose members share one scope: picocli points it at each object of
   * the group it makes as the command line names the group's options.
   */
  RecordedMember(Field field, IScope scope, List<RecordedAnnotation> annotations, List<Class<?>> elementTypes,
      String declaration, Map<List<Class<?>>, ITypeInfo> typeInfos) {
    this.field = field;
    this.scope = scope;
    this.annotations = new HashMap<>();
    for (RecordedAnnotation annotation : annotations) {
      this.annotations.put(annotation.annotationType(), annotation);
    }
    this.elementTypes = elementTypes;
    this.declaration = declaration;
    this.typeInfos = typeInfos;
    field.setAccessible(true);
  }

  @Override public Object userObject() { return field; }
  @Override public boolean isAnnotationPresent(Class<? extends Annotation> type) { return annotations.containsKey(type); }
  @Override public <T extends Annotation> T getAnnotation(Class<T> type) { return type.cast(annotations.get(type)); }
  @Override public String getName() { return field.getName(); }
  @Override public boolean isArgSpec() { return isOption() || isParameter(); }
  @Override public boolean isOption() { return isAnnotationPresent(Option.class); }
  @Override public boolean isParameter() { return isAnnotationPresent(Parameters.class); }
  @Override public boolean isArgGroup() { return isAnnotationPresent(ArgGroup.class); }
  @Override public boolean isMixin() { return isAnnotationPresent(Mixin.class); }
  @Override public boolean isUnmatched() { return false; }
  @Override public boolean isSpec() { return isAnnotationPresent(Spec.class); }
  @Override public boolean isParentCommand() { return false; }
  @Override public boolean isMultiValue() { return getTypeInfo().isMultiValue(); }
  @Override public boolean hasInitialValue() { return true; }
  @Override public boolean isMethodParameter() { return false; }
  @Override public int getMethodParamPosition() { return -1; }
  @Override public IScope scope() { return scope; }
  @Override public IScope getScope() { return scope; }
  @Override public IGetter getter() { return this; }
  @Override public ISetter setter() { return this; }

  @Override
  public String getMixinName() {
    String name = getAnnotation(Mixin.class).name();
    return name.isEmpty() ? getName() : name;
  }

  @Override
  public boolean isInteractive() {
    return isOption() ? getAnnotation(Option.class).interactive()
        : isParameter() && getAnnotation(Parameters.class).interactive();
  }

  /**
   * The field's type and the element types picocli inferred for it at build time. Picocli's
   * type-information class is not public; an option built from the same types makes the same one, and
   * fields of the same types share it.
   */
  @Override
  public ITypeInfo getTypeInfo() {
    List<Class<?>> types = new ArrayList<>(elementTypes.size() + 1);
    types.add(field.getType());
    types.addAll(elementTypes);
    ITypeInfo known = typeInfos.get(types);
    if (known != null) {
      return known;
    }
    ITypeInfo made = OptionSpec.builder("--type-of-" + getName()).type(field.getType())
        .auxiliaryTypes(elementTypes.toArray(new Class<?>[0])).build().typeInfo();
    typeInfos.put(types, made);
    return made;
  }

  @Override
  public String getToString() {
    return isMixin() ? abbreviate("mixin from member " + declaration) : "field " + abbreviate(declaration);
  }

  @Override
  public String toString() {
    return field.toString();
  }

  /** Picocli's own members read their initial value from the field when it is first asked for. */
  @Override
  public <T> T getExtension(Class<T> type) {
    if (!type.isEnum() || !type.getSimpleName().equals("InitialValueState")) {
      return null;
    }
    for (T state : type.getEnumConstants()) {
      if (((Enum<?>) state).name().equals("POSTPONED")) {
        return state;
      }
    }
    return null;
  }

  @Override
  public <T> T get() {
    try {
      @SuppressWarnings("unchecked") T value = (T) field.get(scope.get());
      return value;
    } catch (Exception e) {
      throw new PicocliException("Could not get value for field " + field, e);
    }
  }

  @Override
  public <T> T set(T value) {
    try {
      Object holder = scope.get();
      @SuppressWarnings("unchecked") T old = (T) field.get(holder);
      field.set(holder, value);
      return old;
    } catch (Exception e) {
      throw new PicocliException("Could not set value for field " + field + " to " + value, e);
    }
  }

  private static String abbreviate(String text) {
    return text.replace("private ", "").replace("protected ", "").replace("public ", "").replace("java.lang.", "");
  }

  /** A scope holding the object a member belongs to, to be shared by the members of one group. */
  static IScope scopeOf(Object holder) {
    return new Holder(holder);
  }

  /** The object a member belongs to. */
  private static final class Holder implements IScope {
    private Object value;

    Holder(Object value) {
      this.value = value;
    }

    @Override
    public <T> T get() {
      @SuppressWarnings("unchecked") T current = (T) value;
      return current;
    }

    @Override
    public <T> T set(T newValue) {
      @SuppressWarnings("unchecked") T old = (T) value;
      value = newValue;
      return old;
    }
  }
}
