#!/usr/bin/env bash
# The sessions of a day most likely to turn people away, as CSV (for a spreadsheet, or to share).
#
#   examples/high-risk.sh wednesday > wednesday-high-risk.csv
#
# Any further arguments go to the planner, e.g. --schedule feed.yaml or --model my-model.yaml.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 DAY [planner options...]" >&2
  exit 2
fi
day="$1"
shift

exec planner risk --day "$day" --min-risk high --format csv --quiet "$@"
