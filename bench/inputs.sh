# What the start-up benchmarks share, sourced by startup.sh and versus.sh once $root is set: the java
# they run (JAVA_HOME's, as ./planner picks it, else the one on the PATH) and its javac, the JVM flags
# of both launchers, which the hello worlds run with too, and write_benchmark_inputs.
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then java="$JAVA_HOME/bin/java"; else java="$(command -v java)"; fi
javac="$(dirname "$(readlink -f "$java")")/javac"
flags="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"

# Writes to the folder $1 a JVM hello world (Hello.class), the synthetic 600-event feed (feed.ics,
# from the test classes of the checkout $root, which must be compiled) and 600 events of Sched's real
# shape (sched.ics).
write_benchmark_inputs() {
  local work="$1"
  printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
  "$javac" --release 17 -d "$work" "$work/Hello.java"
  "$java" -cp "$root/target/test-classes:$root/target/classes:$(cat "$root/target/test-classpath.txt")" \
    dev.planner.synthetic.SyntheticSchedule 600 1 ics "$work/feed.ics"
  /usr/bin/python3 "$root/bench/sched_feed.py" 600 "$work/sched.ics"
}
