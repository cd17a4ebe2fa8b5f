/**
 * Specifications of one state's military expenditure from the arms-race and defence-demand
 * literatures, estimated side by side, evaluated out of sample and chosen by their record:
 * {@link org.counterweight.core.expenditure.RichardsonLevels} (Richardson 1960, in levels),
 * {@link org.counterweight.core.expenditure.GrowthReaction} (action-reaction in growth rates),
 * {@link org.counterweight.core.expenditure.ErrorCorrection} (ARDL(1,1) in error-correction form,
 * Pesaran, Shin &amp; Smith 2001), {@link org.counterweight.core.expenditure.MilitaryDemand} (Dunne &amp;
 * Perlo-Freeman 2003; Dunne, Perlo-Freeman &amp; Smith 2008) and the baseline
 * {@link org.counterweight.core.expenditure.RandomWalkWithDrift}; the rolling-origin evaluation against
 * persistence and the drift ({@link org.counterweight.core.expenditure.RollingOriginEvaluation}, MASE
 * and RMSE ratios), the selection rule
 * ({@link org.counterweight.core.expenditure.SpecificationSelection}) and parameter draws restricted to
 * the admissible region by rejection ({@link org.counterweight.core.expenditure.AdmissibleDraws}).
 *
 * <p>A simulation consumes a {@link org.counterweight.core.expenditure.Model} (a specification with one
 * coefficient vector: the point estimate or a draw) and calls
 * {@link org.counterweight.core.expenditure.Model#predict} on an
 * {@link org.counterweight.core.expenditure.ExpenditurePath} it implements over its own state.
 *
 * <p>Depends on {@code core.estimation} (OLS, the bootstrap) and the JDK only; no I/O. Randomness is a
 * caller-given generator. Method and results: {@code docs/models/specifications.md}.
 */
package org.counterweight.core.expenditure;
