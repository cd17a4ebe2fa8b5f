/**
 * The event store: GDELT and ICEWS events as Parquet partitioned by year and month (Hive layout,
 * {@code events/year=2016/month=7/}) in a folder beside the knowledge base, with one import log
 * file per imported file (its SHA-256, so a file imported again changes nothing), its errata and
 * its coverage; read through DuckDB. A file is read by DuckDB's own parallel CSV reader with the
 * line parser's rules written as SQL ({@code EventStaging}; a test holds the two to the same result).
 * An import writes into a staging folder and moves its files into
 * place, the log file last: readers only see events whose import is logged, so an interrupted import
 * leaves nothing visible.
 */
package org.counterweight.store.events;
