package dev.planner.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Makes the objects picocli asks for (commands, mixins, converters, completion values) through their
 * no-argument constructors, which may be package-private. Picocli's own factory first tries the
 * public route and, for a class that is not public, throws and catches two exceptions per object
 * before it makes the constructor accessible: a run of one command builds a dozen such objects.
 */
final class DeclaredConstructorFactory implements IFactory {
  @Override
  public <K> K create(Class<K> type) throws Exception {
    if (type.isInterface()) {
      // A collection for an option field left without one: picocli's factory knows which to make.
      return CommandLine.defaultFactory().create(type);
    }
    Constructor<K> constructor = type.getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }
}
