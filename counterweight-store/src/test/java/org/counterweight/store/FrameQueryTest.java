package org.counterweight.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.counterweight.store.DyadFrames.ColumnSource;
import org.counterweight.store.FrameQuery.KeyRange;
import org.junit.jupiter.api.Test;

/** The packed sort key: rows come out in the order of their keys and each key reads back as it went in. */
class FrameQueryTest {
    @Test
    void keysAtTheEdgesOfTheirRangesSortAndReadBack() throws SQLException {
        List<int[]> rows = List.of(new int[] {999, 1, 2100}, new int[] {1, 999, 1816}, new int[] {999, 1, 1816},
                new int[] {1, 999, 2100}, new int[] {500, 500, 1950}, new int[] {1, 1, 1816});
        assertThat(frame(rows)).containsExactly(new int[] {1, 1, 1816}, new int[] {1, 999, 1816},
                new int[] {1, 999, 2100}, new int[] {500, 500, 1950}, new int[] {999, 1, 1816},
                new int[] {999, 1, 2100});
    }

    @Test
    void seededRandomKeysComeOutInTheOrderJavaSortsThem() throws SQLException {
        Random random = new Random(20261207L);
        List<int[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new int[] {1 + random.nextInt(999), 1 + random.nextInt(999), 1816 + random.nextInt(285)});
        }
        List<int[]> expected = new ArrayList<>(rows);
        expected.sort(Comparator.<int[]>comparingInt(r -> r[0]).thenComparingInt(r -> r[1])
                .thenComparingInt(r -> r[2]));
        assertThat(frame(rows)).containsExactlyElementsOf(expected);
    }

    /** Builds a three-key frame (two state codes and a year) over {@code rows} and reads it back in order. */
    private static List<int[]> frame(List<int[]> rows) throws SQLException {
        FrameQuery query = new FrameQuery(ColumnNames.COUNTERWEIGHT);
        query.with("state_years AS (SELECT * FROM (VALUES " + rows.stream().map(r -> "(" + r[0] + ", " + r[1] + ", "
                + r[2] + ")").collect(Collectors.joining(", ")) + ") t(ccode, other, year))");
        query.key(source("ccode1"), "d.ccode", KeyRange.STATE_CODE);
        query.key(source("ccode2"), "d.other", KeyRange.STATE_CODE);
        query.key(source("year"), "d.year", KeyRange.YEAR);
        DyadFrames.Query sql = query.build(null, "state_years d");
        List<int[]> read = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement statement = connection.prepareStatement(sql.sql());
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                read.add(new int[] {result.getInt("ccode1"), result.getInt("ccode2"), result.getInt("year")});
            }
        }
        return read;
    }

    private static ColumnSource source(String column) {
        return new ColumnSource(column, "test", column, "code", "1816-");
    }
}
