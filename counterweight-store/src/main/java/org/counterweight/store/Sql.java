package org.counterweight.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Small JDBC helpers: queries with bound parameters mapped row by row, errors as
 * {@link StoreException}. A parameter that is a {@link Collection} is bound as a SQL list (of
 * INTEGER when every element is an {@link Integer}, else of VARCHAR), for {@code list_contains(?, x)}.
 */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            List<T> results = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    results.add(mapper.map(rows));
                }
            }
            return results;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    /** A statement with its parameters bound; the caller closes it. */
    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof Collection<?> list) {
                    boolean integers = list.stream().allMatch(Integer.class::isInstance);
                    statement.setObject(i + 1, connection.createArrayOf(integers ? "INTEGER" : "VARCHAR",
                            list.toArray()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Double number(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static List<String> split(String joined) {
        return split(joined, ",");
    }

    /** The parts of a joined column, none for null or empty. */
    static List<String> split(String joined, String separator) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(Pattern.quote(separator)));
    }
}
