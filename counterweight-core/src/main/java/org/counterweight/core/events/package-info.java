/**
 * Event data at scale: one row of a GDELT or ICEWS dump as Counterweight stores it, the CAMEO
 * QuadClass of an event code, the lookup from CAMEO country codes and ICEWS country names to COW
 * codes, the periods (days, ISO weeks, months, years), the one-a-day filter, and the dyad-period
 * tally (counts by QuadClass, Goldstein sums and means, mention-weighted) written as
 * zero/reduce/merge so that DuckDB and Spark run the same aggregation. Pure: no I/O.
 *
 * <p>References: Goldstein, Joshua S. 1992. "A Conflict-Cooperation Scale for WEIS Events Data."
 * <i>Journal of Conflict Resolution</i> 36(2): 369-385, doi:10.1177/0022002792036002007. Schrodt,
 * Philip A. 2012. <i>CAMEO Conflict and Mediation Event Observations Event and Actor Codebook</i>,
 * version 1.1b3, Parus Analytics (after Gerner, Schrodt, Yilmaz &amp; Abu-Jabr 2002).
 */
package org.counterweight.core.events;
