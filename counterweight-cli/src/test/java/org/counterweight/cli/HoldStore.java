package org.counterweight.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.counterweight.app.Workbench;

/**
 * A second process for {@link ConcurrentStoreTest}: opens a knowledge base for reading or writing,
 * says "open" on its output, and holds it until a line arrives on its input.
 */
public final class HoldStore {
    private HoldStore() {
    }

    /** Arguments: the store file, then "READ" or "WRITE". */
    public static void main(String[] args) throws Exception {
        try (Workbench workbench = Workbench.open(Path.of(args[0]), Workbench.Access.valueOf(args[1]),
                Duration.ofSeconds(30))) {
            System.out.println("open " + workbench.storeName());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
    }
}
