#!/usr/bin/env bash
# Time per MiB of every reader on inputs of 1 to 10 MiB in three shapes (one huge line, many small
# records, deep nesting), measured by JMH (ReaderScalingBenchmark), printed as milliseconds per MiB and
# as the ratio of each size's time per MiB to the 1 MiB time per MiB of the same reader and shape.
# A linear reader keeps the ratio near 1; a quadratic one doubles it whenever the size doubles.
#
#   bench/readers.sh [JMH OPTIONS]     # e.g. -p reader=YAML_SCHEDULE -p shape=LONG_LINE
#
# A benchmark, never a test: run it on an idle machine and compare ratios, not absolute times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$root" && mvn -B -q -Pbench -DskipTests test-compile >&2)
java -cp "$root/target/test-classes:$root/target/classes:$(cat "$root/target/test-classpath.txt")" \
  org.openjdk.jmh.Main ReaderScalingBenchmark -rf csv -rff "$work/result.csv" "$@" >&2

python3 - "$work/result.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
table = {}
for row in rows:
    key = (row["Param: reader"], row["Param: shape"])
    table.setdefault(key, {})[int(row["Param: mebibytes"])] = float(row["Score"])
sizes = sorted({size for by_size in table.values() for size in by_size})
print("| reader | shape | " + " | ".join(f"{s} MiB ms/MiB" for s in sizes) + " | " +
      " | ".join(f"×{s}" for s in sizes[1:]) + " |")
print("|---" * (2 + 2 * len(sizes) - 1) + "|")
for (reader, shape), by_size in table.items():
    per_mib = {s: by_size[s] / s for s in by_size}
    base = per_mib.get(sizes[0])
    ratios = [f"{per_mib[s] / base:.2f}" if base and s in per_mib else "" for s in sizes[1:]]
    print(f"| {reader} | {shape} | " + " | ".join(f"{per_mib[s]:.1f}" if s in per_mib else "" for s in sizes)
          + " | " + " | ".join(ratios) + " |")
PY
