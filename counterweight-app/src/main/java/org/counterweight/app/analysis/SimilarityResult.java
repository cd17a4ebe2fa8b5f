package org.counterweight.app.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.counterweight.core.model.UnAgreement;

/** Foreign-policy similarity: of dyads by year from the data, or of a user's two portfolios. */
public sealed interface SimilarityResult permits SimilarityResult.DyadYears, SimilarityResult.Portfolios {

    /**
     * Dyads by year.
     *
     * @param source     what the portfolios are
     * @param atop       the ATOP version read (ATOP only, else null)
     * @param nmc        the NMC version of the CINC weights (ATOP only, else null)
     * @param from       first year
     * @param to         last year
     * @param named      whether dyads were named (else every dyad of the year)
     * @param measures   the measures, in column order
     * @param dyads      each dyad-year with a value per measure, by year then COW codes
     * @param warnings   how the states named were read: guesses, the states standing for them by year
     */
    record DyadYears(SimilarityRequest.Source source, String atop, String nmc, int from, int to, boolean named,
            List<String> measures, List<DyadYear> dyads, List<String> warnings) implements SimilarityResult {
        public DyadYears {
            measures = List.copyOf(measures);
            dyads = List.copyOf(dyads);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * One dyad in one year.
     *
     * @param a          the id of the state with COW code {@code ccode1} (its code where no actor has it)
     * @param b          likewise for {@code ccode2}
     * @param jointVotes UN votes only: the roll calls both voted in (else null)
     * @param values     one value per measure; null where undefined (tau-b, kappa, pi of constant
     *                   portfolios) or with fewer joint votes than {@link UnAgreement#MIN_JOINT_VOTES}
     * @param basis      observed; carried-forward-from-Y (ATOP's last year's portfolios); weights-carried-from-Y
     *                   (NMC's last CINC as weights); too-few-joint-votes
     */
    record DyadYear(int year, int ccode1, int ccode2, String a, String b, Integer jointVotes, List<Double> values,
            String basis) {
        public DyadYear {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /**
     * A user's two portfolios.
     *
     * @param file       the file's name
     * @param states     how many states (items) the portfolios have
     * @param categories how many codes (0 to categories - 1)
     * @param values     each measure's value; null where undefined
     */
    record Portfolios(String file, int states, int categories, List<MeasureValue> values) implements SimilarityResult {
        public Portfolios {
            values = List.copyOf(values);
        }
    }

    /** A measure and its value, null where undefined. */
    record MeasureValue(String measure, Double value) {
    }
}
