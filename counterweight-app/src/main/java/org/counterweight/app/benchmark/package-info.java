/**
 * Benchmarks as a use case ({@code bench}): timed work on the bundled data with its reference runs,
 * the machine it ran on, and the median of several runs. Results go to docs/benchmarks.md; they are
 * never unit tests.
 */
package org.counterweight.app.benchmark;
