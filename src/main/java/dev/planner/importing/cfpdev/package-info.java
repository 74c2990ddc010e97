/** The CFP.DEV public schedule API of Devoxx and VoxxedDays events, with room capacities and favourites. */
package dev.planner.importing.cfpdev;
