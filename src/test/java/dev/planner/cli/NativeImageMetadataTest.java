package dev.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The reflection metadata that picocli's annotation processor writes at compile time for GraalVM
 * native-image (the -Pnative profile) covers the whole command line: every command, mixin, option
 * and positional parameter of the tree the planner runs. Without it a native executable would parse
 * options it cannot set.
 */
class NativeImageMetadataTest {
  private static final String REFLECT_CONFIG =
      "/META-INF/native-image/picocli-generated/dev.planner/planner/reflect-config.json";

  /** Class name to the names of its fields and methods listed in the metadata; null when the class is absent. */
  private static final Map<String, Set<String>> MEMBERS = new HashMap<>();
  private static final Set<String> FULLY_REFLECTED = new HashSet<>();
  private static final List<CommandSpec> COMMANDS = new ArrayList<>();

  @BeforeAll
  static void readTheMetadataAndTheCommandTree() throws Exception {
    try (InputStream in = NativeImageMetadataTest.class.getResourceAsStream(REFLECT_CONFIG)) {
      assertThat(in).as("reflect-config.json written by picocli-codegen's annotation processor").isNotNull();
      for (JsonNode type : new ObjectMapper().readTree(in)) {
        Set<String> members = MEMBERS.computeIfAbsent(type.get("name").asText(), name -> new HashSet<>());
        type.path("fields").forEach(field -> members.add(field.get("name").asText()));
        type.path("methods").forEach(method -> members.add(method.get("name").asText()));
        if (type.path("allDeclaredConstructors").asBoolean() && type.path("allDeclaredMethods").asBoolean()) {
          FULLY_REFLECTED.add(type.get("name").asText());
        }
      }
    }
    PrintWriter silent = new PrintWriter(Writer.nullWriter());
    collect(PlannerCli.create(Environment.system(), silent, silent).getCommandSpec());
  }

  private static void collect(CommandSpec command) {
    COMMANDS.add(command);
    command.mixins().values().forEach(COMMANDS::add);
    command.subcommands().values().forEach(sub -> collect(sub.getCommandSpec()));
  }

  @Test
  void theTreeHoldsEveryCommandOfTheReadme() {
    assertThat(COMMANDS).extracting(CommandSpec::qualifiedName).contains("planner", "planner plan",
        "planner export", "planner profile init", "planner config show", "planner completion");
  }

  /** The commands whose model picocli reads by reflection: all but the top, whose model is built by hand. */
  private static List<CommandSpec> reflected() {
    return COMMANDS.stream().filter(command -> !(command.userObject() instanceof PlannerCommand)).toList();
  }

  @Test
  void theTopCommandIsBuiltByHandAndNeedsNoReflection() {
    assertThat(PlannerCommand.class.getAnnotations()).isEmpty();
    assertThat(COMMANDS.get(0).qualifiedName()).isEqualTo("planner");
    assertThat(reflected()).hasSize(COMMANDS.size() - 1);
  }

  @Test
  void everyCommandAndMixinClassCanBeCreatedAndReflected() {
    assertThat(reflected()).allSatisfy(command -> assertThat(FULLY_REFLECTED)
        .as(command.qualifiedName()).contains(command.userObject().getClass().getName()));
  }

  @Test
  void everyOptionAndPositionalParameterIsListedWithItsFieldOrMethod() {
    List<ArgSpec> arguments = new ArrayList<>();
    reflected().forEach(command -> arguments.addAll(command.args()));
    assertThat(arguments).hasSizeGreaterThan(40);
    assertThat(arguments).allSatisfy(argument -> {
      assertThat(argument.userObject()).as(argument.toString()).isInstanceOf(Member.class);
      Member member = (Member) argument.userObject();
      assertThat(MEMBERS.get(member.getDeclaringClass().getName()))
          .as("%s of %s", argument, member.getDeclaringClass().getName())
          .isNotNull()
          .contains(member.getName());
    });
  }

  @Test
  void everyMixinFieldIsListedSoThatTheMixinCanBeInjected() throws Exception {
    for (CommandSpec command : COMMANDS) {
      for (Field field : command.userObject().getClass().getDeclaredFields()) {
        if (field.isAnnotationPresent(CommandLine.Mixin.class) || field.isAnnotationPresent(CommandLine.ArgGroup.class)) {
          assertThat(MEMBERS.get(field.getDeclaringClass().getName())).as(field.toString()).contains(field.getName());
        }
      }
    }
  }
}
