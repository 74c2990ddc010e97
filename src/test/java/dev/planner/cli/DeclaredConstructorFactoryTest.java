package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DeclaredConstructorFactoryTest {
  private final DeclaredConstructorFactory factory = new DeclaredConstructorFactory();

  /** Package-private, as the planner's commands and converters are. */
  static final class Hidden {
    private Hidden() {}
  }

  @Test
  void makesAClassThatIsNotPublicThroughItsPrivateConstructor() throws Exception {
    assertThat(factory.create(Hidden.class)).isInstanceOf(Hidden.class);
    assertThat(factory.create(OutputFormatConverter.class)).isInstanceOf(OutputFormatConverter.class);
  }

  @Test
  void makesAnEmptyCollectionForACollectionInterface() throws Exception {
    assertThat(factory.create(List.class)).isEmpty();
    assertThat(factory.create(Set.class)).isEmpty();
  }

  @Test
  void theCommandTreeIsBuiltWithThisFactory() {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    CommandLine tree = PlannerCli.create(Environment.system(), nowhere, nowhere);
    assertThat(tree.getFactory()).isInstanceOf(DeclaredConstructorFactory.class);
    assertThat(tree.getSubcommands().get("plan").getFactory()).isInstanceOf(DeclaredConstructorFactory.class);
  }
}
