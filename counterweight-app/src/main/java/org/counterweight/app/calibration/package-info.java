/**
 * Calibration of the security-dilemma model's arms equations to history: the request
 * ({@link org.counterweight.app.calibration.CalibrationRequest}), the service that fits each state's
 * equation to SIPRI military expenditure and the case's alignment path (OLS, pairs bootstrap, Granger
 * tests, backtest; {@link org.counterweight.app.calibration.CalibrationService}), its typed result
 * with the {@link org.counterweight.app.calibration.ActorParameters} handed to scenarios, and the
 * result's tables. Method and results: {@code docs/models/calibration.md}.
 */
package org.counterweight.app.calibration;
