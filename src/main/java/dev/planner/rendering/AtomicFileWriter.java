package dev.planner.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a whole file or nothing: the content goes to a temporary file beside the target, is
 * flushed to disk, then renamed over the target, so a failure never leaves a half-written file.
 */
public final class AtomicFileWriter {
  private AtomicFileWriter() {}

  /** Content produced straight into the file's stream, for outputs too big to hold twice. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  /**
   * Writes what {@code content} produces; if it throws, or the process is stopped (Ctrl-C, kill),
   * the target keeps its old bytes and the temporary file is removed.
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (!Files.isDirectory(directory)) {
      throw new NoSuchFileException(target.toString(), null, "cannot write: the directory " + directory + " does not exist");
    }
    String name = absolute.getFileName().toString();
    removeStaleTemporaries(directory, name);
    Path temporary = createTemporary(directory, name);
    // Covers a stop between here and the rename; only SIGKILL or a power cut can leave the file behind.
    temporary.toFile().deleteOnExit();
    try {
      keepModeOf(absolute, temporary);
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
        content.writeTo(out);
        out.flush();
      }
      force(temporary);
      move(temporary, absolute);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * A new empty file named {@code .name.PID-RANDOM.tmp}. It is created as any new file is, so it gets
   * the mode the umask gives (a temporary-file API would make it 0600, and the rename would keep that).
   * Creating it exclusively is what keeps it ours, even against a planted link, so the random part
   * only needs to differ between tries: a secure generator would cost a run milliseconds of seeding.
   */
  private static Path createTemporary(Path directory, String name) throws IOException {
    String prefix = "." + name + "." + ProcessHandle.current().pid() + "-";
    for (int attempt = 0; ; attempt++) {
      Path candidate = directory.resolve(prefix + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return candidate;
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 10) {
          throw e;
        }
      }
    }
  }

  /** A file being replaced keeps its permissions: set before any byte is written, so none leaks. */
  private static void keepModeOf(Path target, Path temporary) throws IOException {
    if (!Files.isRegularFile(target)) {
      return;
    }
    PosixFileAttributeView targetView = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView temporaryView = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (targetView == null || temporaryView == null) {
      return;
    }
    temporaryView.setPermissions(targetView.readAttributes().permissions());
  }

  /**
   * Removes the temporaries an earlier write to the same target left behind when it was killed: only
   * names this class makes, and only those of processes no longer running (a concurrent writer's
   * temporary is its own business).
   */
  private static void removeStaleTemporaries(Path directory, String name) throws IOException {
    Pattern ours = Pattern.compile("\\." + Pattern.quote(name) + "\\.(\\d{1,19})-[0-9a-f]{16}\\.tmp");
    List<Path> stale = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "." + globQuote(name) + ".*.tmp")) {
      for (Path entry : entries) {
        Matcher matcher = ours.matcher(entry.getFileName().toString());
        if (matcher.matches() && !isRunning(matcher.group(1)) && Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
          stale.add(entry);
        }
      }
    }
    for (Path entry : stale) {
      Files.deleteIfExists(entry);
    }
  }

  private static boolean isRunning(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static String globQuote(String name) {
    return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
  }

  /** Flushes the bytes to the disk before the rename, so that a crash never shows a renamed empty file. */
  private static void force(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
