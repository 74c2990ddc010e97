/** frab-family feeds: Pentabarf/frab XML (FOSDEM, CCC), frab JSON (pretalx's schedule.json) and c3voc's schedule2 JSON. */
package dev.planner.importing.frab;
