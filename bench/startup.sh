#!/usr/bin/env bash
# Whole-process start-up benchmark, side by side in one run: the planner through ./planner (the JDK
# on this machine) and through the release archive's bin/planner (its bundled runtime), each against
# a JVM hello world run with the same java and flags; and the import of two 600-event feeds of
# Sched's shape (the synthetic one, and one with Sched's long descriptions and HTML entities) against
# Python's icalendar (and node's ical.js when npm can install it). The commands run in rounds, each
# once per round (bench/interleave.py), and every ratio is the median of the ratios within a round:
# a slow spell of a shared machine then slows both sides of a ratio alike. Prints medians, the ratios
# of the targets with the share of rounds that met each, and peak memory.
#
#   bench/startup.sh [RUNS]        # RUNS >= 7 rounds, default 15; JAVA_HOME picks the JDK like ./planner
#
# A benchmark, never a test: run it on an idle machine and compare ratios, not absolute times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-15}"
(( runs >= 7 )) || { echo "startup.sh: use at least 7 runs" >&2; exit 2; }

# time and Python's icalendar: installed from Debian's packages when missing (as root).
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || missing+=(python3-icalendar)
if (( ${#missing[@]} )); then
  echo "startup.sh: installing ${missing[*]}" >&2
  if [[ $(id -u) -ne 0 ]] || ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
    echo "startup.sh: could not install ${missing[*]}: apt-get install -y ${missing[*]}" >&2
    exit 4
  fi
fi

# shellcheck source=bench/inputs.sh
. "$root/bench/inputs.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The jar and its class-data archive for ./planner, the release archive, and the test classes that
# hold the synthetic schedule generator. The release archive is unpacked as a user would.
(cd "$root" && mvn -B -q -Pdist -DskipTests package test-compile >&2)
"$root/planner" --version >/dev/null
mkdir -p "$work/opt"
tar -xzf "$root"/target/planner-*-linux-x64.tar.gz -C "$work/opt"
installed="$(echo "$work"/opt/planner-*/bin/planner)"
bundled_java="$(dirname "$installed")/../runtime/bin/java"

write_benchmark_inputs "$work"
node=false
if command -v node >/dev/null && (cd "$work" && npm install --silent --no-audit --no-fund ical.js >/dev/null 2>&1); then
  cat > "$work/parse.js" <<'JS'
const ICAL = require('ical.js');
const calendar = new ICAL.Component(ICAL.parse(require('fs').readFileSync(process.argv[2], 'utf8')));
const events = calendar.getAllSubcomponents('vevent').map(v => new ICAL.Event(v))
  .map(e => [e.summary, e.startDate.toJSDate(), e.endDate.toJSDate(), e.location, e.uid]);
console.log(events.length);
JS
  node=true
else
  echo "startup.sh: node or the ical.js package is not available; leaving node out" >&2
fi

# name=command pairs; the names are the keys the summary below reads.
benchmarks=(
  "hello=$java $flags -cp $work Hello"
  "help=$root/planner --help"
  "plan=$root/planner plan --day wednesday"
  "hello-bundled=$bundled_java $flags -cp $work Hello"
  "help-installed=$installed --help"
  "plan-installed=$installed plan --day wednesday"
  "import=$root/planner talks --schedule $work/feed.ics --format json --quiet"
  "import-installed=$installed talks --schedule $work/feed.ics --format json --quiet"
  "python=/usr/bin/python3 $root/bench/parse_ical.py $work/feed.ics"
  "sched-import=$root/planner talks --schedule $work/sched.ics --format json --quiet"
  "sched-import-installed=$installed talks --schedule $work/sched.ics --format json --quiet"
  "sched-python=/usr/bin/python3 $root/bench/parse_ical.py $work/sched.ics"
)
$node && benchmarks+=("node=node $work/parse.js $work/feed.ics" "sched-node=node $work/parse.js $work/sched.ics")
/usr/bin/python3 "$root/bench/interleave.py" "$runs" 2 "$work/times.json" "${benchmarks[@]}"

for name in plan import sched-import plan-installed sched-import-installed; do
  for benchmark in "${benchmarks[@]}"; do
    [[ ${benchmark%%=*} == "$name" ]] && /usr/bin/time -f "%M" -o "$work/rss.$name" ${benchmark#*=} >/dev/null 2>&1
  done
done

/usr/bin/python3 - "$work" "$runs" "$(ls -s --block-size=K "$work/sched.ics" | cut -d' ' -f1)" <<'PY'
import json, statistics, sys
work, runs, sched_size = sys.argv[1], sys.argv[2], sys.argv[3]
results = json.load(open(work + '/times.json'))['results']
times = {r['command']: r['times'] for r in results}
median = {name: statistics.median(values) for name, values in times.items()}
cpu = {r['command']: statistics.median(r['cpu']) for r in results}

def base_of(name):
    return 'hello-bundled' if name.endswith('-installed') or name == 'hello-bundled' else 'hello'

def ratios(name, base):
    """The ratio within each round."""
    return [a / b for a, b in zip(times[name], times[base])]

print(f"medians of {runs} interleaved rounds (sched.ics: 600 events, {sched_size}B, long descriptions and HTML entities)")
for name, m in median.items():
    within = statistics.median(ratios(name, base_of(name)))
    print(f"  {name:24s} {m * 1000:7.0f} ms  {within:5.2f}x its hello world  (cpu {cpu[name] * 1000:5.0f} ms)")
print("targets: median of the ratios within a round, and the rounds that met the target")

def target(where, label, name, base, limit, strict, kind='target'):
    values = ratios(name, base)
    met = sum(1 for v in values if (v < limit if strict else v <= limit))
    sign = '<' if strict else '<='
    print(f"  {where:22s} {label:22s} {statistics.median(values):5.2f}  ({kind} {sign} {limit}: {met} of {len(values)} rounds)")

for suffix, where in (('', './planner (JDK)'), ('-installed', 'bin/planner (archive)')):
    hello = base_of('plan' + suffix)
    target(where, 'plan / hello', 'plan' + suffix, hello, 4, False)
    target(where, '--help / hello', 'help' + suffix, hello, 3, False)
    for feed in ('', 'sched-'):
        target(where, feed + 'import / python', feed + 'import' + suffix, feed + 'python', 1, True)
        if feed + 'node' in times:
            target(where, feed + 'import / node', feed + 'import' + suffix, feed + 'node', 1, False, 'stretch')
for name in ('plan', 'import', 'sched-import', 'plan-installed', 'sched-import-installed'):
    print(f"  peak RSS {name:24s} {int(open(f'{work}/rss.{name}').read().split()[-1]) / 1024:5.0f} MiB (target <= 120)")
PY
