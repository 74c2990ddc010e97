/** Sessionize's view/All JSON, whose times carry no zone. */
package dev.planner.importing.sessionize;
