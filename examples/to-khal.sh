#!/usr/bin/env bash
# Export the plan of some days and import it into a khal calendar. Run it again after the
# schedule changed: the export keeps its UIDs, so khal updates the events instead of adding copies.
#
#   examples/to-khal.sh conference wednesday thursday
#
# CALENDAR is a calendar of your khal config. The export is kept in
# $XDG_STATE_HOME/planner/plan.ics, so that the next export counts SEQUENCE on from it.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 CALENDAR DAY [DAY...]" >&2
  exit 2
fi
calendar="$1"
shift
days=()
for day in "$@"; do
  days+=(--day "$day")
done

export_file="${XDG_STATE_HOME:-$HOME/.local/state}/planner/plan.ics"
mkdir -p "$(dirname "$export_file")"

planner export "${days[@]}" --quiet -o "$export_file"
khal import --batch -a "$calendar" "$export_file"
