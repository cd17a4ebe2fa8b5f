package org.counterweight.store;

import java.sql.SQLException;

/**
 * How records of one type are written to one table. The writer appends every column after the
 * leading {@code dataset} column, in table order.
 *
 * @param <R> the record type
 */
public record Table<R>(String name, RowWriter<R> writer) {

    /** Writes one record's columns. */
    @FunctionalInterface
    public interface RowWriter<R> {
        void write(R record, Row row) throws SQLException;
    }
}
