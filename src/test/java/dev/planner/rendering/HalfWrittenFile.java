package dev.planner.rendering;

import java.io.IOException;
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
