/**
 * Calibration of Richardson's arms equation to history (the classical estimation, kept beside the
 * selection for comparison with the literature): the request
 * ({@link org.counterweight.app.calibration.CalibrationRequest}), the service that fits each state's
 * equation to SIPRI military expenditure and the case's alignment path (OLS, pairs bootstrap, Granger
 * tests, backtest; {@link org.counterweight.app.calibration.CalibrationService}), its typed result
 * and the result's tables. Method and results: {@code docs/models/calibration.md}.
 *
 * <p>Beside it, the selection of each state's military expenditure specification
 * ({@link org.counterweight.app.calibration.SelectionService}: the specifications of
 * {@code core.expenditure} compared out of sample against persistence and the drift, the choice, its
 * admissible draws) with its request, result and tables: {@code docs/models/specifications.md}. Both
 * read the system's series from one place, the package-private {@code SystemSeries}.
 */
package org.counterweight.app.calibration;
