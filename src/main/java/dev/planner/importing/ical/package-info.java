/** iCalendar feeds (Sched's all.ics and any calendar): the project's own RFC 5545 content-line reader, VTIMEZONE rules and Sched's summary conventions. */
package dev.planner.importing.ical;
