package dev.planner.rendering;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A process that starts replacing a file through {@link AtomicFileWriter}, writes half of it, says so
 * on stdout and waits to be stopped: the test that stops it then knows it stopped mid-write.
 */
public final class HalfWrittenFile {
  static final String READY = "half written";

  private HalfWrittenFile() {}

  /** Starts a JVM that writes half of a new {@code file} and waits; returns once it says it has. */
  public static Process start(Path file) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        HalfWrittenFile.class.getName(), file.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!READY.equals(line)) {
      child.destroyForcibly();
      throw new UncheckedIOException(new IOException("the writing process did not start: " + line));
    }
    return child;
  }

  public static void main(String[] args) throws IOException {
    AtomicFileWriter.write(Path.of(args[0]), out -> {
      out.write("the first half of the new content\n".repeat(10_000).getBytes(StandardCharsets.UTF_8));
      out.flush();
      System.out.println(READY);
      System.out.flush();
      waitForever();
    });
  }

  private static void waitForever() {
    try {
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
