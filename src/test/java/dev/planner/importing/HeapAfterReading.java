package dev.planner.importing;

import dev.planner.importing.yaml.YamlScheduleReader;

import dev.planner.model.Schedule;
import dev.planner.synthetic.SyntheticSchedule;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link ResourceBoundsTest}: reads a YAML schedule file and prints the
 * sessions read and the heap the schedule keeps once the parse is garbage. With {@code --write N}
 * it writes a synthetic schedule of N sessions instead.
 */
public final class HeapAfterReading {
  private HeapAfterReading() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--write")) {
      Files.writeString(Path.of(args[2]), SyntheticSchedule.yaml(SyntheticSchedule.ofSize(Integer.parseInt(args[1]), 7)));
      return;
    }
    long before = usedHeap();
    Source source = new Source(args[0], Files.readAllBytes(Path.of(args[0])));
    Schedule schedule = new YamlScheduleReader().read(source, ReadOptions.NONE).schedule();
    source = null;
    long after = usedHeap();
    System.out.println(schedule.sessions().size() + " " + (after - before));
    System.out.flush();
  }

  private static long usedHeap() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int round = 0; round < 3; round++) {
      System.gc();
      Thread.sleep(50);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

}
