package org.counterweight.app.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterweight.app.CaseId;
import org.counterweight.app.Carry;
import org.counterweight.app.TestWorkbenches;
import org.counterweight.app.Workbench;
import org.counterweight.app.YearRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A frame written as Parquet carries its dictionary in the file's footer: read back here with DuckDB's
 * own Parquet reader ({@code parquet_kv_metadata}), not with the code that wrote it, as pyarrow reads it
 * ({@code pq.read_schema(f).metadata}).
 */
class FrameParquetTest {
    @TempDir
    static Path folder;

    private static Workbench workbench;

    @BeforeAll
    static void open() {
        workbench = TestWorkbenches.copy(folder);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static Map<String, String> footer(Path file) throws SQLException {
        Map<String, String> metadata = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement query = connection.prepareStatement("SELECT key, value FROM parquet_kv_metadata(?)")) {
            query.setString(1, file.toString());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    metadata.put(new String(rows.getBytes(1), StandardCharsets.UTF_8),
                            new String(rows.getBytes(2), StandardCharsets.UTF_8));
                }
            }
        }
        return metadata;
    }

    @Test
    void theFootersKeyValueMetadataDescribesEveryColumnWithItsUnitSourceAndVersion() throws SQLException {
        Path file = folder.resolve("india-pakistan.parquet");
        WrittenFrame written = new DyadsService(workbench).write(DyadsRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000,
                2010), List.of("IND", "PAK"), false, List.of("nmc", "democracy", "mids", "distance", "igo", "gdp",
                "peaceyears"), null, Carry.FORWARD, null), file);
        assertThat(written.rows()).isEqualTo(11);
        Map<String, String> metadata = footer(file);
        assertThat(metadata).containsKeys(FrameMetadata.FRAME, FrameMetadata.COLUMNS, FrameMetadata.SOURCES);
        assertThat(metadata.get(FrameMetadata.FRAME)).contains("\"kind\": \"non-directed dyad-year (ccode1 < ccode2)\"",
                "\"years\": \"2000-2010\"", "\"names\": \"peacesciencer\"");
        String columns = metadata.get(FrameMetadata.COLUMNS);
        assertThat(columns).contains("\"name\": \"wbgdp2011est1\"", "\"unit\": \"ln(2011 PPP US$ + 1); the level is"
                + " exp(v) - 1\"", "\"name\": \"capdist\"", "\"unit\": \"km\"", "\"dataset\": \"cow-nmc-7.0\"",
                "\"name\": \"democracy_basis\"", "\"coverage\": \"1816-2019\"");
        assertThat(metadata.get(FrameMetadata.SOURCES)).contains("\"id\": \"cow-nmc-7.0\"", "\"version\": \"7.0\"",
                "\"id\": \"gml-mid-2.2.1\"", "\"id\": \"cow-igo-3.0-dyads\"", "\"id\": \"sdp-gdp-2020\"",
                "Anders, Therese");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement query = connection.prepareStatement("SELECT dyadigos FROM read_parquet(?) WHERE year"
                        + " = 2000")) {
            query.setString(1, file.toString());
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).as("igo-cow/SOURCE.md: 63 shared IGOs in 2000").isEqualTo(63);
            }
        }
    }

    @Test
    void stateYearFramesCarryTheirDictionaryToo() throws SQLException {
        Path file = folder.resolve("states.parquet");
        new StatesService(workbench).write(StatesRequest.of(CaseId.SOUTH_ASIA, YearRange.of(2000, 2001), List.of(),
                List.of("cinc", "democracy"), null, "counterweight"), file);
        Map<String, String> metadata = footer(file);
        assertThat(metadata.get(FrameMetadata.FRAME)).contains("\"kind\": \"state-year\"",
                "\"names\": \"counterweight\"");
        assertThat(metadata.get(FrameMetadata.COLUMNS)).contains("\"name\": \"state_name\"", "\"name\": \"cinc\"");
    }
}
