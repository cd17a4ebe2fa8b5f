package org.counterweight.core.expenditure;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.counterweight.core.estimation.Bootstrap;
import org.counterweight.core.estimation.Quantiles;

/**
 * Parameter draws of a specification from its estimator's sampling distribution, restricted to the
 * admissible region by rejection: pairs-bootstrap draws of the OLS coefficients ({@link Bootstrap},
 * Efron &amp; Tibshirani 1993, An Introduction to the Bootstrap) are drawn in batches and each is kept
 * when {@link Specification#admissible} holds and discarded otherwise; never moved onto the region's
 * edge (no clipping). The result is a draw from the bootstrap distribution conditional on
 * admissibility; the rejection rate says how much of the distribution lay outside, i.e. how far the
 * restriction shapes the uncertainty.
 *
 * <p>Drawing stops at {@code wanted} accepted draws or after {@value #MAX_BATCHES} batches of
 * {@code wanted} candidates, whichever is first (so fewer draws than wanted means an acceptance rate
 * below 1/{@value #MAX_BATCHES}, reported, not hidden). Resamples whose regression fails (rank
 * deficient) are skipped by the bootstrap and counted apart. The generator is the caller's.
 *
 * @param specification the specification
 * @param names         the coefficients' names
 * @param draws         the accepted draws, one row per draw, in drawing order
 * @param candidates    bootstrap draws examined
 * @param rejected      candidates outside the admissible region
 * @param failedFits    resamples whose regression failed (not among the candidates)
 */
public record AdmissibleDraws(Specification specification, List<String> names, double[][] draws, int candidates,
        int rejected, int failedFits) {
    /** Batches of candidates drawn at most. */
    public static final int MAX_BATCHES = 20;

    public AdmissibleDraws {
        names = List.copyOf(names);
        draws = copy(draws);
    }

    /** Draws {@code wanted} admissible coefficient vectors for the estimate (see the class comment). */
    public static AdmissibleDraws sample(Estimate estimate, int wanted, RandomGenerator rng) {
        if (wanted < 2) {
            throw new IllegalArgumentException("wanted draws must be >= 2, got " + wanted);
        }
        Specification spec = estimate.specification();
        List<String> names = estimate.names();
        List<double[]> accepted = new ArrayList<>();
        int candidates = 0;
        int rejected = 0;
        int failed = 0;
        for (int batch = 0; batch < MAX_BATCHES && accepted.size() < wanted; batch++) {
            Bootstrap.Result result = Bootstrap.of(estimate.design().data(), Bootstrap.Scheme.PAIRS, wanted, 0.9, rng);
            failed += result.failedDraws();
            for (int i = 0; i < result.size() && accepted.size() < wanted; i++) {
                double[] draw = result.draw(i);
                candidates++;
                if (spec.admissible(names, draw)) {
                    accepted.add(draw);
                } else {
                    rejected++;
                }
            }
        }
        return new AdmissibleDraws(spec, names, accepted.toArray(new double[0][]), candidates, rejected, failed);
    }

    @Override
    public double[][] draws() {
        return copy(draws);
    }

    /** The number of accepted draws. */
    public int size() {
        return draws.length;
    }

    /** Rejected / candidates, NaN when there was none. */
    public double rejectionRate() {
        return candidates == 0 ? Double.NaN : (double) rejected / candidates;
    }

    /** Draw i's model. */
    public Model model(int i) {
        return specification.model(names, draws[i]);
    }

    /** The accepted draws of the coefficient named {@code name}. */
    public double[] coefficientDraws(String name) {
        int j = names.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no coefficient " + name + "; coefficients are " + names);
        }
        double[] column = new double[draws.length];
        for (int i = 0; i < draws.length; i++) {
            column[i] = draws[i][j];
        }
        return column;
    }

    /**
     * The type-7 quantile p of the accepted draws' reactions (those that are finite), NaN when the
     * specification has no reaction term or no draw.
     */
    public double reactionQuantile(double p) {
        double[] sorted = java.util.Arrays.stream(reactions()).filter(Double::isFinite).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : Quantiles.type7Sorted(sorted, p);
    }

    /** The reaction ({@link Specification#reaction}) of each accepted draw. */
    public double[] reactions() {
        double[] r = new double[draws.length];
        for (int i = 0; i < draws.length; i++) {
            r[i] = specification.reaction(names, draws[i]);
        }
        return r;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
