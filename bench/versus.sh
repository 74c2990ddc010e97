#!/usr/bin/env bash
# Two builds side by side in one run: this checkout ("new") against another checkout of the planner
# ("old", for example a git worktree of an earlier commit), through ./planner and through each
# build's release archive, on the commands of bench/startup.sh's targets and on three more that an
# attendee runs (a plan with a profile, on the bundled schedule and on sched.ics, and an export).
# The commands run in rounds, each once per round (bench/interleave.py), so a slow spell of a shared
# machine slows old and new alike; every figure is the median of the ratios within a round.
#
#   git worktree add /tmp/planner-old <commit>
#   bench/versus.sh /tmp/planner-old [RUNS]     # RUNS >= 7 rounds, default 30
#
# A benchmark, never a test: compare ratios, not absolute times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old="$(cd "${1:?usage: bench/versus.sh OLD_CHECKOUT [RUNS]}" && pwd)"
runs="${2:-30}"
(( runs >= 7 )) || { echo "versus.sh: use at least 7 runs" >&2; exit 2; }
[[ -x "$old/planner" ]] || { echo "versus.sh: $old is no checkout of the planner" >&2; exit 2; }
/usr/bin/python3 -c 'import icalendar' 2>/dev/null \
  || { echo "versus.sh: Python's icalendar is missing: apt-get install -y python3-icalendar" >&2; exit 4; }

# shellcheck source=bench/inputs.sh
. "$root/bench/inputs.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Each build's jar, class-data archive and release archive, the latter unpacked as a user would; the
# new build's test classes too, which hold the synthetic feed's generator.
declare -A checkout=([old]="$old" [new]="$root")
for side in old new; do
  goals=(package)
  [[ $side == new ]] && goals+=(test-compile)
  (cd "${checkout[$side]}" && mvn -B -q -Pdist -DskipTests "${goals[@]}" >&2)
  "${checkout[$side]}/planner" --version >/dev/null
  mkdir -p "$work/$side"
  tar -xzf "${checkout[$side]}"/target/planner-*-linux-x64.tar.gz -C "$work/$side"
done
bundled_java="$(echo "$work"/new/planner-*/runtime/bin/java)"
write_benchmark_inputs "$work"

benchmarks=(
  "hello=$java $flags -cp $work Hello"
  "hello-bundled=$bundled_java $flags -cp $work Hello"
  "python=/usr/bin/python3 $root/bench/parse_ical.py $work/feed.ics"
  "sched-python=/usr/bin/python3 $root/bench/parse_ical.py $work/sched.ics"
)
for side in old new; do
  installed="$(echo "$work/$side"/planner-*/bin/planner)"
  for where in jdk installed; do
    launcher="${checkout[$side]}/planner"
    [[ $where == installed ]] && launcher="$installed"
    benchmarks+=(
      "plan.$where.$side=$launcher plan --day wednesday"
      "help.$where.$side=$launcher --help"
      "import.$where.$side=$launcher talks --schedule $work/feed.ics --format json --quiet"
      "sched-import.$where.$side=$launcher talks --schedule $work/sched.ics --format json --quiet"
      "plan-profile.$where.$side=$launcher plan --day wednesday --profile $root/examples/profile-ml-engineer.yaml"
      "sched-plan-profile.$where.$side=$launcher plan --day 1 --schedule $work/sched.ics --profile $root/examples/profile-ml-engineer.yaml"
      "export.$where.$side=$launcher export --day wednesday --profile $root/examples/profile-ml-engineer.yaml --include-backups --output $work/$side.$where.ics"
    )
  done
done
/usr/bin/python3 "$root/bench/interleave.py" "$runs" 2 "$work/times.json" "${benchmarks[@]}"

/usr/bin/python3 - "$work" "$runs" <<'PY'
import json, statistics, sys
work, runs = sys.argv[1], sys.argv[2]
times = {r['command']: r['times'] for r in json.load(open(work + '/times.json'))['results']}

def within(name, base):
    return [a / b for a, b in zip(times[name], times[base])]

print(f"{runs} interleaved rounds; each figure is the median of the ratios within a round, with the rounds that met the target")
targets = (('plan', 'hello', 4, False), ('help', 'hello', 3, False),
           ('import', 'python', 1, True), ('sched-import', 'sched-python', 1, True))
for where, label in (('jdk', './planner (JDK)'), ('installed', 'bin/planner (archive)')):
    for name, base, limit, strict in targets:
        if where == 'installed' and base == 'hello':
            base = 'hello-bundled'
        cells = []
        for side in ('old', 'new'):
            values = within(f'{name}.{where}.{side}', base)
            met = sum(1 for v in values if (v < limit if strict else v <= limit))
            cells.append(f"{side} {statistics.median(values):5.2f} ({met:2d}/{len(values)})")
        change = statistics.median(within(f'{name}.{where}.new', f'{name}.{where}.old'))
        sign = '<' if strict else '<='
        print(f"  {label:22s} {name:13s} / {base:13s} {cells[0]}  {cells[1]}  new/old {change:.3f}  (target {sign} {limit})")
print("what an attendee runs besides (no target): new/old, the median of the ratios within a round")
for where, label in (('jdk', './planner (JDK)'), ('installed', 'bin/planner (archive)')):
    for name, what in (('plan-profile', 'plan with a profile'), ('sched-plan-profile', 'the same on sched.ics'),
                       ('export', 'export with a profile')):
        change = statistics.median(within(f'{name}.{where}.new', f'{name}.{where}.old'))
        faster = sum(1 for v in within(f'{name}.{where}.new', f'{name}.{where}.old') if v < 1)
        print(f"  {label:22s} {what:24s} new/old {change:.3f}  (new faster in {faster}/{len(times['hello'])})")
print("medians, ms: " + ", ".join(f"{name} {statistics.median(values) * 1000:.0f}" for name, values in times.items()))
PY
