package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.UnAgreement;

/**
 * Reads the focal-dyad UN voting agreement computed for Counterweight
 * ({@code unga_agreement_focal_dyads_derived.csv}): columns {@code ccode1, ccode2, year, agree,
 * n_joint_votes}, agree in [0, 1], ccode1 &lt; ccode2.
 */
public final class UnAgreementReader implements DatasetReader<UnAgreement> {
    private static final List<String> COLUMNS = List.of("ccode1", "ccode2", "year", "agree", "n_joint_votes");

    @Override
    public void read(Reader input, String fileName, Consumer<? super UnAgreement> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> sink.accept(Fields.build(row, () -> new UnAgreement(
                Fields.code(row, "ccode1"), Fields.code(row, "ccode2"), row.year("year", 1946, Fields.LAST_YEAR),
                Fields.between(row, "agree", 0.0, 1.0), Fields.atLeast(row, "n_joint_votes", 1)))));
    }
}
