package dev.planner.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The process exit codes, the same for every command, and their lines in {@code --help}. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int USAGE = 2;
  public static final int INVALID_INPUT = 3;
  public static final int IO_ERROR = 4;
  public static final int CHANGES_FOUND = 5;

  private ExitCodes() {}

  /** The list shown under "Exit codes" in every command's help. */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    list.put("0", "ok");
    list.put("1", "internal error (a bug: please report it, with --debug output)");
    list.put("2", "usage error (unknown option, unknown day...)");
    list.put("3", "invalid input data (the message names the file and line)");
    list.put("4", "I/O error (missing file, unreachable URL)");
    list.put("5", "diff --exit-code: the schedules differ");
    return list;
  }
}
