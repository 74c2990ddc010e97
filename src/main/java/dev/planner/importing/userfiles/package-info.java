/** The files a user brings beside a schedule: profile, config, overflow model, observations and live room status. */
package dev.planner.importing.userfiles;
