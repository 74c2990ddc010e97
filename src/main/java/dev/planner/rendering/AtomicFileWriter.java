package dev.planner.rendering;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

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
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
    // Covers a stop between here and the rename; only SIGKILL or a power cut can leave the file behind.
    temporary.toFile().deleteOnExit();
    try {
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
