/** Reading schedules: the facade (ScheduleImporter), format sniffing, sources (files, stdin, URLs), diagnostics and the parts every feed reader shares; one sub-package per feed format, and userfiles for the files a user brings beside a schedule. */
package dev.planner.importing;
