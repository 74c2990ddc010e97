/** The project's own schedule YAML, the format planner import writes and the bundled schedule uses. */
package dev.planner.importing.yaml;
