package dev.planner.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The process entry point: runs the command line and exits with its code. */
public final class Main {
  /**
   * The types whose built-in converters picocli need not register: it loads and initialises each
   * class for every command line it builds, and no option of the planner has one of these types.
   */
  static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

  private Main() {}

  public static void main(String[] args) {
    StartupPreload.startFor(args);
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = PlannerCli.execute(Environment.system(), out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
