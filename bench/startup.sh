#!/usr/bin/env bash
# Whole-process start-up benchmark: the planner against a JVM hello world run with the same java and
# flags, and the import of a 600-event Sched-shaped feed against Python's icalendar (and node's
# ical.js when npm can install it). Prints median times, the ratios of the targets, and peak memory.
#
#   bench/startup.sh [RUNS]        # RUNS >= 7, default 9; JAVA_HOME picks the JDK like ./planner
#
# A benchmark, never a test: run it on an idle machine and compare ratios, not absolute times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-9}"
(( runs >= 7 )) || { echo "startup.sh: use at least 7 runs" >&2; exit 2; }

need() { command -v "$1" >/dev/null || { echo "startup.sh: $1 is missing: $2" >&2; exit 4; }; }
need hyperfine "apt-get install -y hyperfine"
[[ -x /usr/bin/time ]] || { echo "startup.sh: /usr/bin/time is missing: apt-get install -y time" >&2; exit 4; }
/usr/bin/python3 -c 'import icalendar' 2>/dev/null \
  || { echo "startup.sh: Python's icalendar is missing: apt-get install -y python3-icalendar" >&2; exit 4; }

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then java="$JAVA_HOME/bin/java"; else java="$(command -v java)"; fi
javac="$(dirname "$(readlink -f "$java")")/javac"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The jar, its class-data archive, and the test classes that hold the schedule generator.
(cd "$root" && mvn -B -q -DskipTests package test-compile >&2)
"$root/planner" --version >/dev/null

printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
"$javac" -d "$work" "$work/Hello.java"
"$java" -cp "$root/target/test-classes:$root/target/classes:$(cat "$root/target/test-classpath.txt")" \
  dev.planner.synthetic.SyntheticSchedule 600 1 ics "$work/feed.ics"

cat > "$work/parse.py" <<'EOF'
import sys, icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [(str(e.get('summary')), e.decoded('dtstart'), e.decoded('dtend'), str(e.get('location')), str(e.get('uid')))
          for e in calendar.walk('VEVENT')]
print(len(events))
EOF
node_command=""
if command -v node >/dev/null && (cd "$work" && npm install --silent --no-audit --no-fund ical.js >/dev/null 2>&1); then
  cat > "$work/parse.js" <<'EOF'
const ICAL = require('ical.js');
const calendar = new ICAL.Component(ICAL.parse(require('fs').readFileSync(process.argv[2], 'utf8')));
const events = calendar.getAllSubcomponents('vevent').map(v => new ICAL.Event(v))
  .map(e => [e.summary, e.startDate.toJSDate(), e.endDate.toJSDate(), e.location, e.uid]);
console.log(events.length);
EOF
  node_command="node $work/parse.js $work/feed.ics"
else
  echo "startup.sh: node or the ical.js package is not available; leaving node out" >&2
fi

hello="$java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp $work Hello"
commands=("$hello" "$root/planner --help" "$root/planner plan --day wednesday"
  "$root/planner talks --schedule $work/feed.ics --format json --quiet"
  "/usr/bin/python3 $work/parse.py $work/feed.ics")
[[ -n "$node_command" ]] && commands+=("$node_command")

hyperfine -N --warmup 2 --runs "$runs" --export-json "$work/times.json" --output=null "${commands[@]}" >&2

rss_runs=0
for command in "$root/planner plan --day wednesday" "$root/planner talks --schedule $work/feed.ics --format json --quiet"; do
  /usr/bin/time -f "%M" -o "$work/rss.$((++rss_runs))" $command >/dev/null 2>&1
done

/usr/bin/python3 - "$work" "$runs" <<'EOF'
import json, sys
work, runs = sys.argv[1], sys.argv[2]
results = json.load(open(work + '/times.json'))['results']
median = [r['median'] for r in results]
names = ['hello world', './planner --help', './planner plan --day wednesday',
         'talks --schedule feed.ics (600 events)', 'python3 icalendar (same feed)', 'node ical.js (same feed)']
print(f"medians of {runs} runs")
for name, m in zip(names, median):
    print(f"  {name:42s} {m * 1000:7.0f} ms  {m / median[0]:5.2f}x hello")
print("targets")
print(f"  plan / hello          {median[2] / median[0]:5.2f}  (target <= 4)")
print(f"  --help / hello        {median[1] / median[0]:5.2f}  (target <= 3)")
print(f"  import / python       {median[3] / median[4]:5.2f}  (target < 1)")
if len(median) > 5:
    print(f"  import / node ical.js {median[3] / median[5]:5.2f}  (stretch <= 1)")
for i, name in enumerate(['plan --day wednesday', 'talks --schedule feed.ics'], 1):
    print(f"  peak RSS {name:26s} {int(open(f'{work}/rss.{i}').read().split()[-1]) / 1024:5.0f} MiB (target <= 120)")
EOF
