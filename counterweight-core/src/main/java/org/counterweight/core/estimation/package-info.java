/**
 * Statistical machinery for calibrating models to yearly series: ordinary least squares (Householder
 * QR with a rank check), the discretised Richardson arms-race regression, Granger causality F-tests,
 * residual and pairs bootstrap of regression coefficients, out-of-sample backtests against a naive
 * persistence forecast, and the special functions they need (log-gamma, regularized incomplete beta,
 * F and Student t distributions, type-7 quantiles).
 *
 * <p>Depends on the JDK only ({@code java.util}, {@code java.util.random}); no I/O, no external
 * libraries. Randomness is always a caller-given {@link java.util.random.RandomGenerator}. Invalid
 * arguments throw {@link IllegalArgumentException} naming the parameter and value; problems the data
 * can legitimately have (too few observations, collinear regressors) are a result status
 * ({@link org.counterweight.core.estimation.OrdinaryLeastSquares.Status}), not an exception.
 */
package org.counterweight.core.estimation;
