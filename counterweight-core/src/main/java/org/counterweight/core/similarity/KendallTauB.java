package org.counterweight.core.similarity;

/**
 * Kendall's tau-b between two alliance portfolios, as Bueno de Mesquita used it.
 *
 * <p>Bruce Bueno de Mesquita (1975), "Measuring Systemic Polarity", <i>Journal of Conflict
 * Resolution</i> 19(2):187-216, doi:10.1177/002200277501900201; the coefficient is Kendall's (1938,
 * "A New Measure of Rank Correlation", <i>Biometrika</i> 30:81-93; tau-b with ties: Kendall 1945).
 *
 * <p>&tau;<sub>b</sub> = (P - Q) / &radic;((n<sub>0</sub> - n<sub>1</sub>)(n<sub>0</sub> -
 * n<sub>2</sub>)), with P and Q the numbers of concordant and discordant pairs of items,
 * n<sub>0</sub> = n(n-1)/2 and n<sub>1</sub>, n<sub>2</sub> the pairs tied in the first and second
 * portfolio. Computed from the c&times;c joint table: P = &Sigma; t<sub>ij</sub>
 * t<sub>i'j'</sub> over i &lt; i', j &lt; j' (Q with j &gt; j'), and n<sub>0</sub> - n<sub>1</sub> =
 * (n&sup2; - &Sigma; r<sub>i</sub>&sup2;)/2 with r the row margins (likewise columns).
 *
 * <p>Undefined, {@link Double#NaN}, when either portfolio is constant (all items in one category:
 * no untied pair); in alliance data only for a system of one state, since a state's tie with
 * itself is 3. Unweighted, as in the paper (a {@link JointTable} of weighted cells passed directly
 * gives the frequency-weighted generalisation, which the paper does not define). Range [-1, 1];
 * identical non-constant portfolios give 1. Complexity O(n + c&sup2;).
 */
public final class KendallTauB extends TableMeasure {

    /** @param categories number of codes (4 for alliances) */
    public KendallTauB(int categories) {
        super(categories);
    }

    @Override
    public boolean weighted() {
        return false;
    }

    @Override
    public String name() {
        return "tau-b";
    }

    @Override
    int scratchSize() {
        return categories();
    }

    @Override
    double compute(double[] cells, double total, double[] scratch) {
        int c = categories();
        double[] below = scratch;
        java.util.Arrays.fill(below, 0, c, 0);
        double concordant = 0;
        double discordant = 0;
        double rowSquares = 0;
        for (int i = c - 1; i >= 0; i--) {
            int row = i * c;
            double suffix = 0;
            double rowSum = 0;
            for (int j = c - 1; j >= 0; j--) {
                concordant += cells[row + j] * suffix;
                suffix += below[j];
                rowSum += cells[row + j];
            }
            double prefix = 0;
            for (int j = 0; j < c; j++) {
                discordant += cells[row + j] * prefix;
                prefix += below[j];
            }
            for (int j = 0; j < c; j++) {
                below[j] += cells[row + j];
            }
            rowSquares += rowSum * rowSum;
        }
        double columnSquares = 0;
        for (int j = 0; j < c; j++) {
            columnSquares += below[j] * below[j];
        }
        double totalSquare = total * total;
        double untiedFirst = (totalSquare - rowSquares) / 2;
        double untiedSecond = (totalSquare - columnSquares) / 2;
        double tolerance = 1e-12 * totalSquare;
        if (untiedFirst <= tolerance || untiedSecond <= tolerance) {
            return Double.NaN;
        }
        double tau = (concordant - discordant) / Math.sqrt(untiedFirst * untiedSecond);
        return Math.max(-1, Math.min(1, tau));
    }
}
