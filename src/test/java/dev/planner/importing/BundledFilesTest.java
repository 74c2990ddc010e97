package dev.planner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledFilesTest {
  private static final String TABLE = "/schedule/reference/attendance.csv";

  @TempDir Path folder;

  @Test
  void aClassPathOfOneJarIsReadStraightFromThatJar() throws IOException {
    Path jar = jarHolding("schedule/reference/attendance.csv", "from the jar\n");

    assertThat(text(BundledFiles.forClassPath(jar.toString()), TABLE)).isEqualTo("from the jar\n");
  }

  @Test
  void aFileTheJarLacksComesFromTheClassLoader() throws IOException {
    Path jar = jarHolding("other/file.txt", "other\n");

    assertThat(text(BundledFiles.forClassPath(jar.toString()), TABLE)).isEqualTo(fromClassLoader(TABLE));
  }

  @Test
  void aClassPathOfSeveralEntriesOrAFolderOrAnUnreadableJarReadsThroughTheClassLoader() throws IOException {
    Path jar = jarHolding("schedule/reference/attendance.csv", "from the jar\n");
    Path notAZip = Files.writeString(folder.resolve("broken.jar"), "not a zip");

    for (String classPath : new String[] {jar + File.pathSeparator + folder, folder.toString(), notAZip.toString(), ""}) {
      assertThat(text(BundledFiles.forClassPath(classPath), TABLE)).as(classPath).isEqualTo(fromClassLoader(TABLE));
    }
  }

  @Test
  void aFileThePlannerDoesNotHoldIsNull() throws IOException {
    Path jar = jarHolding("schedule/reference/attendance.csv", "from the jar\n");

    assertThat(BundledFiles.forClassPath(jar.toString()).read("/schedule/reference/no-such-table.csv")).isNull();
    assertThat(BundledFiles.open("/schedule/reference/no-such-table.csv")).isNull();
  }

  @Test
  void aFilesTextIsReadAsUtf8AndAMissingOneIsEmpty() {
    assertThat(BundledFiles.text("/schedule/reference/attendance.csv")).hasValueSatisfying(text -> assertThat(text).isNotBlank());
    assertThat(BundledFiles.text("/schedule/reference/no-such-table.csv")).isEmpty();
  }

  @Test
  void aNameNotFromTheRootIsRefused() {
    assertThatThrownBy(() -> BundledFiles.forClassPath("").read("schedule/reference/attendance.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading /");
  }

  private Path jarHolding(String name, String text) throws IOException {
    Path jar = folder.resolve("planner-" + Math.abs(name.hashCode()) + ".jar");
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(name));
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  private static String text(BundledFiles files, String name) throws IOException {
    return utf8(files.read(name), name);
  }

  private static String fromClassLoader(String name) throws IOException {
    return utf8(BundledFilesTest.class.getResourceAsStream(name), name);
  }

  /** The whole of a stream that must be there, closed after. */
  private static String utf8(InputStream stream, String name) throws IOException {
    try (InputStream in = stream) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
