package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.counterweight.core.model.StateAdjectives;
import org.counterweight.io.csv.CsvRow;

/**
 * Reads the curated adjectives of states ({@code state_adjectives_curated.csv}): columns {@code iso3,
 * adjectives, source}; {@code iso3} is an ISO 3166-1 alpha-3 code, {@code adjectives} the English
 * adjectival forms separated by {@code |} (empty when none is safe to match, the source saying why).
 * An adjective given for two states is an error: it could not say which state a text means.
 */
public final class StateAdjectivesReader implements DatasetReader<StateAdjectives> {
    private static final List<String> COLUMNS = List.of("iso3", "adjectives", "source");

    @Override
    public void read(Reader input, String fileName, Consumer<? super StateAdjectives> sink) {
        Map<String, String> stateByAdjective = new HashMap<>();
        Fields.rows(input, fileName, COLUMNS, row -> {
            String iso3 = iso3(row);
            List<String> adjectives = adjectives(row);
            for (String adjective : adjectives) {
                String other = stateByAdjective.putIfAbsent(adjective, iso3);
                if (other != null && !other.equals(iso3)) {
                    throw row.error("adjectives", "'" + adjective + "' is given for " + other + " too");
                }
            }
            sink.accept(Fields.build(row, () -> new StateAdjectives(iso3, adjectives, row.required("source"))));
        });
    }

    private static String iso3(CsvRow row) {
        String code = row.required("iso3");
        if (!code.matches("[A-Z]{3}")) {
            throw row.error("iso3", "expected an ISO 3166-1 alpha-3 code (three upper-case letters), got '" + code
                    + "'");
        }
        return code;
    }

    private static List<String> adjectives(CsvRow row) {
        String value = row.optional("adjectives");
        List<String> adjectives = new ArrayList<>();
        if (value == null) {
            return adjectives;
        }
        for (String part : value.split("\\|", -1)) {
            if (part.isBlank()) {
                throw row.error("adjectives", "expected adjectives separated by |, got an empty one in '" + value
                        + "'");
            }
            adjectives.add(part.strip());
        }
        return adjectives;
    }
}
