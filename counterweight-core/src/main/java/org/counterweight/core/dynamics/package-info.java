/**
 * Continuous-time dynamics: equations apart from solvers, as Hipparchus separates its
 * {@code OrdinaryDifferentialEquation} from its integrators.
 *
 * <p>What this package owns:
 * <ul>
 * <li>the {@link org.counterweight.core.dynamics.OrdinaryDifferentialEquation} contract (derivatives only);</li>
 * <li>integrators written here, with no external library: {@link org.counterweight.core.dynamics.ForwardEulerIntegrator},
 * {@link org.counterweight.core.dynamics.RungeKutta4Integrator} (fixed step) and
 * {@link org.counterweight.core.dynamics.DormandPrince54Integrator} (adaptive, embedded 5(4) pair);</li>
 * <li>{@link org.counterweight.core.dynamics.SegmentedIntegration}, which integrates between dated
 * {@link org.counterweight.core.dynamics.Intervention}s and records what the caller asks for;</li>
 * <li>the models: {@link org.counterweight.core.dynamics.RichardsonModel} (two actors, closed form) and
 * {@link org.counterweight.core.dynamics.SecurityDilemmaModel} (N actors, alignment-weighted threat,
 * economic ceilings, alignment drift), documented in {@code docs/models/security-dilemma.md}.</li>
 * </ul>
 *
 * <p>Dependencies: the JDK only (no I/O, no printing, no randomness). Calibration, scenario files and
 * Monte Carlo ensembles live above this package and choose the integrator and what to record.
 */
package org.counterweight.core.dynamics;
