package org.counterweight.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.counterweight.app.analysis.BalanceRequest;
import org.counterweight.app.analysis.BalanceResult;
import org.counterweight.app.analysis.BalanceService;
import org.counterweight.app.snapshot.CaseSnapshot;
import org.counterweight.core.model.Actor;
import org.counterweight.store.DatasetFormat;
import org.counterweight.store.DatasetImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One workbench shared as a server shares it: two threads run analyses while a third imports, over
 * and over. Every analysis must give the answer of the store either before or after an import, never
 * a mixture, and never fail.
 */
class ConcurrentUseTest {
    private static final int ROUNDS = 12;
    private static final String HEADER = "\"stateabb\",\"ccode\",\"year\",\"milex\",\"milper\",\"irst\",\"pec\","
            + "\"tpop\",\"upop\",\"cinc\"\n";

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

    /** An NMC version 99.0 that gives India, Pakistan and the USA the same CINC in 2000-2002. */
    private static Path nmcFile(double cinc) throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int year = 2000; year <= 2002; year++) {
            for (String[] state : new String[][] {{"USA", "2"}, {"IND", "750"}, {"PAK", "770"}}) {
                text.append('"').append(state[0]).append("\",").append(state[1]).append(',').append(year)
                        .append(",1,1,1,1,1,1,").append(cinc).append('\n');
            }
        }
        Path file = folder.resolve("NMC-99.0-abridged.csv");
        Files.writeString(file, text);
        return file;
    }

    /** India's CINC summed over 2000-2002 in the newest NMC version, read in one unit of work. */
    private static double indiaCinc() {
        try (UnitOfWork work = workbench.begin()) {
            CaseSnapshot snapshot = work.snapshot(CaseId.SOUTH_ASIA, 2000, 2002);
            Actor india = snapshot.actor("IND").orElseThrow();
            double sum = 0;
            for (int year = 2000; year <= 2002; year++) {
                sum += snapshot.cinc(india, year).value();
            }
            return sum;
        }
    }

    private static List<Object> balance(BalanceService service) {
        BalanceResult result = service.balance(new BalanceRequest(CaseId.SOUTH_ASIA, YearRange.of(2000, 2002), null,
                null, false));
        List<Object> digest = new ArrayList<>();
        for (BalanceResult.NetworkBalance n : result.networks()) {
            digest.add(n.name() + ":" + n.network().edgeCount() + ":" + n.frustration().frustration());
        }
        return digest;
    }

    @Test
    void analysesOnTwoThreadsSeeWholeImportsOfAThird() throws Exception {
        BalanceService service = new BalanceService(workbench);
        double before = indiaCinc();
        List<Object> balanceBefore = balance(service);
        Set<Double> possible = Set.of(before, 3 * 0.5, 3 * 0.25);
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        AtomicBoolean importing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> importer = pool.submit(() -> {
                try {
                    for (int round = 0; round < ROUNDS; round++) {
                        DatasetImporter.importFile(workbench.store(), DatasetFormat.COW_NMC,
                                nmcFile(round % 2 == 0 ? 0.5 : 0.25), "99.0", true);
                    }
                } finally {
                    importing.set(false);
                }
                return null;
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                readers.add(pool.submit(() -> {
                    int analyses = 0;
                    while (importing.get() || analyses < 2) {
                        double cinc = indiaCinc();
                        if (!possible.contains(cinc)) {
                            wrong.add("India's CINC summed to " + cinc);
                        }
                        if (!balance(service).equals(balanceBefore)) {
                            wrong.add("balance changed: " + balance(service));
                        }
                        analyses++;
                    }
                    return analyses;
                }));
            }
            importer.get(5, TimeUnit.MINUTES);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(5, TimeUnit.MINUTES)).isGreaterThanOrEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wrong).isEmpty();
        assertThat(indiaCinc()).isEqualTo(3 * 0.25);
    }
}
