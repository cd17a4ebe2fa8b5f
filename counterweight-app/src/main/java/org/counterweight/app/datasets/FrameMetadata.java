package org.counterweight.app.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.core.model.Source;
import org.counterweight.core.model.SourceKind;
import org.counterweight.report.export.Json;
import org.counterweight.store.DyadFrames.ColumnSource;

/**
 * The key-value metadata a frame's Parquet file carries in its footer, so that pandas, pyarrow, R's
 * arrow or DuckDB users read what every column is without a sidecar file (Apache Parquet format,
 * {@code FileMetaData.key_value_metadata}; pyarrow shows it as {@code ParquetFile(f).schema_arrow.metadata}):
 * <ul>
 *   <li>{@value #FRAME}: a JSON object: the frame's kind, years, column names (peacesciencer's or
 *       Counterweight's), and the program that wrote it;</li>
 *   <li>{@value #COLUMNS}: a JSON array with one object per column, in column order: {@code name},
 *       {@code description}, {@code unit}, {@code dataset} (with its version) and {@code coverage};</li>
 *   <li>{@value #SOURCES}: a JSON array with one object per dataset the columns come from: {@code id},
 *       {@code title}, {@code version}, {@code citation} and {@code terms}.</li>
 * </ul>
 */
final class FrameMetadata {
    static final String FRAME = "counterweight:frame";
    static final String COLUMNS = "counterweight:columns";
    static final String SOURCES = "counterweight:sources";

    private FrameMetadata() {
    }

    /**
     * The metadata of a frame.
     *
     * @param frame      what the frame is (kind, years, names), in order
     * @param dictionary its columns
     * @param sources    the stored sources; those a column's dataset names are listed
     */
    static Map<String, String> of(Map<String, Object> frame, List<ColumnSource> dictionary, List<Source> sources) {
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ColumnSource column : dictionary) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", column.column());
            entry.put("description", column.meaning());
            entry.put("unit", column.unit());
            entry.put("dataset", column.dataset());
            entry.put("coverage", column.coverage());
            columns.add(entry);
        }
        List<Map<String, Object>> cited = new ArrayList<>();
        for (Source source : sources) {
            if (source.kind() == SourceKind.DATASET && dictionary.stream().anyMatch(c -> c.dataset().contains(source.id()))) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", source.id());
                entry.put("title", source.title());
                entry.put("version", source.version());
                entry.put("citation", source.citation());
                entry.put("terms", source.terms());
                cited.add(entry);
            }
        }
        Map<String, Object> described = new LinkedHashMap<>(frame);
        described.put("written_by", "Counterweight");
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(FRAME, Json.write(described));
        metadata.put(COLUMNS, Json.write(columns));
        metadata.put(SOURCES, Json.write(cited));
        return metadata;
    }
}
