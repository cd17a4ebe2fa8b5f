package org.counterweight.store;

import java.sql.SQLException;
import java.util.OptionalDouble;
import org.duckdb.DuckDBAppender;

/** One row being appended: typed setters that write SQL NULL for absent values, never 0. */
public final class Row {
    private final DuckDBAppender appender;

    Row(DuckDBAppender appender) {
        this.appender = appender;
    }

    public Row text(String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
        return this;
    }

    public Row integer(int value) throws SQLException {
        appender.append(value);
        return this;
    }

    public Row integer(Integer value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.intValue());
        }
        return this;
    }

    public Row number(double value) throws SQLException {
        appender.append(value);
        return this;
    }

    public Row number(Double value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
        return this;
    }

    public Row number(OptionalDouble value) throws SQLException {
        if (value.isPresent()) {
            appender.append(value.getAsDouble());
        } else {
            appender.appendNull();
        }
        return this;
    }

    public Row bool(boolean value) throws SQLException {
        appender.append(value);
        return this;
    }

    public Row bool(Boolean value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.booleanValue());
        }
        return this;
    }

    public Row date(java.time.LocalDate value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
        return this;
    }
}
