package dev.planner.cli;

import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes the man pages of the whole command tree at build time (the exec plugin runs it in the
 * package phase). The generator, picocli-codegen's ManPageGenerator, is on the build's classpath
 * only and never in the jar, so it is reached by name.
 */
public final class ManPages {
  private static final String GENERATOR = "picocli.codegen.docgen.manpage.ManPageGenerator";

  private ManPages() {}

  /** Writes one page per command into the directory given as the only argument. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPages OUTPUT_DIRECTORY");
    }
    PrintWriter silent = new PrintWriter(Writer.nullWriter());
    CommandLine tree = PlannerCli.create(Environment.system(), silent, silent);
    Method generate = Class.forName(GENERATOR).getMethod("generateManPage",
        File.class, File.class, boolean[].class, boolean.class, CommandSpec[].class);
    int status = (int) generate.invoke(null, new File(args[0]), null, new boolean[0], true,
        new CommandSpec[] {tree.getCommandSpec()});
    if (status != 0) {
      throw new IllegalStateException("the man page generator failed with status " + status);
    }
  }
}
