/**
 * The event import and the dyad-month aggregation as an Apache Spark job, for event archives beyond
 * one machine: the same line parser ({@link org.counterweight.io.events.EventLineParser}), the same
 * Parquet layout (events partitioned by year and month) and the same tally
 * ({@link org.counterweight.core.events.DyadTally}, reduced within partitions and merged across
 * them) as the DuckDB path; and the Spark side of {@code bench events}, which the benchmark starts
 * in a JVM of its own. Depends on core and io only; Spark itself is provided by spark-submit.
 */
package org.counterweight.spark;
