package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one dataset file into records, in file order.
 *
 * @param <T> the record type
 */
public interface DatasetReader<T> {

    /**
     * Passes each row of {@code input}, as a record, to {@code sink}. The caller closes the input.
     *
     * @param fileName the name errors report
     * @throws org.counterweight.io.InputFormatException naming the file, line and column of bad input
     */
    void read(Reader input, String fileName, Consumer<? super T> sink);

    /** All records of {@code input}, in file order. */
    default List<T> readAll(Reader input, String fileName) {
        List<T> records = new ArrayList<>();
        read(input, fileName, records::add);
        return records;
    }
}
