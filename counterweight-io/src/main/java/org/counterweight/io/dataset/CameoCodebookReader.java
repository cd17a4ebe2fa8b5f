package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.CameoCode;

/**
 * Reads the CAMEO event codebook with Goldstein weights as distributed with ICEWS
 * ({@code cameo_event_codes_icews.csv}): columns {@code cameo_code, name, level, root_code, goldstein,
 * description} among others. Codes are kept as text so that "010" stays distinct from "10".
 */
public final class CameoCodebookReader implements DatasetReader<CameoCode> {
    private static final List<String> COLUMNS =
            List.of("cameo_code", "name", "level", "root_code", "goldstein", "description");

    @Override
    public void read(Reader input, String fileName, Consumer<? super CameoCode> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> {
            String code = row.required("cameo_code");
            if (!code.matches("\\d{2,4}")) {
                throw row.error("cameo_code", "expected 2-4 digits, got '" + code + "'");
            }
            int root = Fields.between(row, "root_code", 1, 20);
            if (Integer.parseInt(code.substring(0, 2)) != root) {
                throw row.error("root_code", "code " + code + " does not start with root " + root);
            }
            sink.accept(Fields.build(row, () -> new CameoCode(code, row.required("name"),
                    Fields.between(row, "level", 0, 2), root, Fields.between(row, "goldstein", -10.0, 10.0),
                    row.optional("description"))));
        });
    }
}
