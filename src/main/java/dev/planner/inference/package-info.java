/**
 * What a feed does not say, inferred between reading it and forecasting it: the conference's time
 * zone from where it is held, its attendance from a registry of published figures or from the
 * schedule's shape, and room capacities from venue tables or from each room's role. Every guess is
 * an {@link dev.planner.inference.Assumption} with its basis, and carries its doubt into the forecast.
 */
package dev.planner.inference;
