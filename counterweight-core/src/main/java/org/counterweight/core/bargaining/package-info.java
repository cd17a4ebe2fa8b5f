/**
 * Bueno de Mesquita's expected-utility model of bargaining over one issue (Bueno de Mesquita 1994,
 * 2002), as reconstructed by Scholz, Calbert &amp; Smith (2011): actors with capability, position and
 * salience vote between positions, estimate their probability of success, take risk exponents from
 * their security levels, compute the expected utility of challenging one another, and accept one offer
 * per round (confrontation, compromise or capitulation); the median-voter position is the forecast.
 *
 * <p>{@link org.counterweight.core.bargaining.ExpectedUtilityModel} is the model (variants
 * {@link org.counterweight.core.bargaining.Variant#SCHOLZ} and
 * {@link org.counterweight.core.bargaining.Variant#BDM_INTENT}, whose differences are the named
 * {@link org.counterweight.core.bargaining.Switch}es); {@link org.counterweight.core.bargaining.BargainingForecast}
 * runs it as a seeded Monte Carlo ensemble over the analyst's input ranges and ranks the inputs by
 * one-at-a-time sensitivity. Every equation and its source: {@code docs/models/bargaining.md}.
 *
 * <p>Depends on the JDK and on {@code org.counterweight.core.ensemble} (seeded ensembles, quantile
 * bands, tornado) and {@code org.counterweight.core.scenario.Range} (an input's range); no I/O.
 */
package org.counterweight.core.bargaining;
