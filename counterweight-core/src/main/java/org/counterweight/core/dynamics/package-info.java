/**
 * Continuous-time dynamics: equations apart from solvers, as Hipparchus separates its
 * {@code OrdinaryDifferentialEquation} from its integrators.
 *
 * <p>What this package owns:
 * <ul>
 * <li>the {@link org.counterweight.core.dynamics.OrdinaryDifferentialEquation} contract (derivatives only);</li>
 * <li>the adaptive integrator written here, with no external library:
 * {@link org.counterweight.core.dynamics.DormandPrince54Integrator} (embedded 5(4) pair);</li>
 * <li>the models: {@link org.counterweight.core.dynamics.RichardsonModel} (two actors, closed form) and
 * {@link org.counterweight.core.dynamics.AlignmentDynamics} (N actors: alignment-weighted threat and
 * alignment drift, levels given), documented in {@code docs/models/security-dilemma.md}.</li>
 * </ul>
 *
 * <p>Dependencies: the JDK only (no I/O, no printing, no randomness). Calibration, scenario files and
 * Monte Carlo ensembles live above this package and choose the integrator and what to record.
 */
package org.counterweight.core.dynamics;
