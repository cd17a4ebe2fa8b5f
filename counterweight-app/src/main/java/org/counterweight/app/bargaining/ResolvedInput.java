package org.counterweight.app.bargaining;

import org.counterweight.core.scenario.Range;

/**
 * One input as the model received it, with what it rests on.
 *
 * @param value  the base value
 * @param range  the range a Monte Carlo run draws it from (a point: exact)
 * @param basis  {@code observed}, {@code carried-forward-from-YEAR} (a knowledge-base value, with the
 *               dataset as source), {@code analyst-assumption}, or {@code input-table}
 * @param source the dataset (COW NMC v7.0, SIPRI ...) or the source id the case declares, or null
 * @param quote  the source's words, verbatim, or null
 * @param note   the rationale, the locator, the carry rule or how the range was set; may be null
 */
public record ResolvedInput(double value, Range range, String basis, String source, String quote, String note) {
}
