/**
 * Event data: importing GDELT and ICEWS dumps into the event store, and cooperation and conflict
 * between two states over time from their events (counts by QuadClass, Goldstein sums and means),
 * each value with its basis (event-based, or not covered) and the files that cover it.
 */
package org.counterweight.app.events;
