package org.counterweight.app;

import java.math.BigDecimal;
import java.math.MathContext;
import org.counterweight.report.export.TableExport;

/** How shares and percentages are rounded where people read them (tables keep raw values elsewhere). */
public final class Rounding {
    private Rounding() {
    }

    /** Rounds half up to {@code decimals} places. */
    public static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /**
     * A finite value to {@code digits} significant digits as plain decimal text, for numbers quoted in
     * notes ({@code 1.018086924}); NaN and infinities as Java writes them.
     */
    public static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /**
     * A number as people read it in a title or a note, as a text table prints a cell: at most 10
     * significant digits, whole numbers without a decimal point, NaN and infinities empty.
     */
    public static String text(double value) {
        if (Double.isFinite(value) && value != Math.rint(value)) {
            return significant(value, 10);
        }
        return TableExport.cellText(value);
    }
}
