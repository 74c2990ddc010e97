package dev.planner.importing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens the files bundled with the planner (the shipped schedule and model, the reference tables,
 * the records of its commands) by their absolute resource names: straight from the planner's jar
 * when the class path is that one jar, else through the class loader. The class loader reaches a
 * jar's files through URLs and a connection per file, which cost a short run more than the reading.
 */
public final class BundledFiles {
  /** The files of this process's class path, its jar opened on first use and kept open, as the class loader keeps it. */
  private static final class ThisProcess {
    static final BundledFiles FILES = forClassPath(System.getProperty("java.class.path", ""));
  }

  /** The jar, or null when the class path is not one jar or it cannot be opened. */
  private final ZipFile jar;

  private BundledFiles(ZipFile jar) {
    this.jar = jar;
  }

  /** The files of a class path: read from its jar when it names one jar and nothing else. */
  static BundledFiles forClassPath(String classPath) {
    if (!classPath.endsWith(".jar") || classPath.indexOf(File.pathSeparatorChar) >= 0) {
      return new BundledFiles(null);
    }
    try {
      return new BundledFiles(new ZipFile(classPath));
    } catch (IOException | SecurityException e) {
      // The class loader reads what it can of such a class path; so will the fallback.
      return new BundledFiles(null);
    }
  }

  /**
   * The bundled file with this absolute name ({@code /schedule/...}), as
   * {@link Class#getResourceAsStream} gives it: null when the planner holds no such file.
   */
  public static InputStream open(String name) throws IOException {
    return ThisProcess.FILES.read(name);
  }

  /**
   * The text (UTF-8) of the bundled file with this absolute name, empty when the planner holds no such
   * file or it cannot be read: for files the build writes to spare a run work it can still do itself.
   */
  public static Optional<String> text(String name) {
    try (InputStream in = open(name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Opens the planner's jar now, so that the first file read later finds it open. */
  public static void openJar() {
    Objects.requireNonNull(ThisProcess.FILES);
  }

  InputStream read(String name) throws IOException {
    if (!name.startsWith("/")) {
      throw new IllegalArgumentException("a bundled file is named from the root, with a leading /: " + name);
    }
    if (jar != null) {
      ZipEntry entry = jar.getEntry(name.substring(1));
      if (entry != null) {
        return jar.getInputStream(entry);
      }
    }
    // The planner's own files are never versioned, so a multi-release jar holds them where the
    // lookup above found them; elsewhere (classes in a folder, a module of the runtime) the class
    // loader finds them.
    return BundledFiles.class.getResourceAsStream(name);
  }
}
