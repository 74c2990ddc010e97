#!/usr/bin/env bash
# A cron-ready check that says when a conference feed changed since the last run.
#
#   examples/feed-changed.sh https://example.org/schedule.ics [STATE_DIR]
#
# Each run reads the feed (any format the planner reads) into STATE_DIR/latest.yaml and compares
# it with the copy kept from the run before. Nothing changed: silent, exit 0. Something changed:
# the differences on stdout (cron mails them), the new copy kept, exit 5. The first run only keeps
# a copy. Any other exit code is the planner's own (3 invalid feed, 4 unreachable).
#
#   */30 * * * *  /path/to/examples/feed-changed.sh https://example.org/schedule.ics
set -uo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 FEED [STATE_DIR]" >&2
  exit 2
fi
feed="$1"
state="${2:-${XDG_STATE_HOME:-$HOME/.local/state}/planner/feed}"
mkdir -p "$state" || exit 4
kept="$state/latest.yaml"
fresh="$state/fresh.yaml"

planner import "$feed" --quiet -o "$fresh" || exit $?

if [[ ! -f "$kept" ]]; then
  mv "$fresh" "$kept"
  exit 0
fi

# The diff prints a header even when empty: show it only when something changed.
changes="$(planner diff --exit-code --quiet "$kept" "$fresh")"
status=$?
case "$status" in
  5)
    printf '%s\n' "$changes"
    mv "$fresh" "$kept"
    ;;
  *) rm -f "$fresh" ;;
esac
exit "$status"
