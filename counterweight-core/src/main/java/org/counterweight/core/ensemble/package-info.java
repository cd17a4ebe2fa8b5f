/**
 * Monte Carlo ensembles: run a {@link org.counterweight.core.ensemble.Simulation} many times in
 * parallel with per-run generators derived from one seed ({@link org.counterweight.core.ensemble.Seeds},
 * {@link org.counterweight.core.ensemble.EnsembleRunner}), summarise the runs as quantile bands
 * ({@link org.counterweight.core.ensemble.QuantileBands}), compare a scenario with the baseline by
 * paired differences under common random numbers
 * ({@link org.counterweight.core.ensemble.ScenarioComparison}), and rank parameters by one-at-a-time
 * sensitivity ({@link org.counterweight.core.ensemble.Tornado}).
 *
 * <p>Depends on the JDK ({@code java.util}, {@code java.util.concurrent}, {@code java.util.random})
 * and on {@code org.counterweight.core.estimation} for quantiles; knows nothing about any particular
 * model. Results are identical for the same seed whatever the thread count: each run's generator is a
 * function of (seed, run index) only, and results are stored by run index.
 */
package org.counterweight.core.ensemble;
