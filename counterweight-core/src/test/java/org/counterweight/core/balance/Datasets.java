package org.counterweight.core.balance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test-only readers for the bundled signed-network CSVs (the core itself reads no files). */
final class Datasets {
    static final Path DIR = Path.of("../data/datasets/signed-networks");

    private Datasets() {
    }

    static List<String[]> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file));
            return lines.stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.replace("\"", "").split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a CSV test resource on the classpath, header skipped. */
    static List<String[]> resourceRows(String resource) {
        try (var in = Datasets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().skip(1).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gahuku-Gama tribes: a,b,sign. */
    static SignedNetwork tribes() {
        SignedNetwork.Builder b = SignedNetwork.builder();
        for (String[] r : rows("gahuku_gama_tribes.csv")) {
            b.addEdge(r[0], r[1], Integer.parseInt(r[2].trim()));
        }
        return b.build();
    }

    /** The WWI great-power network in force in a year (begin <= year < end). */
    static SignedNetwork wwi(int year) {
        SignedNetwork.Builder b = SignedNetwork.builder();
        for (String node : List.of("GBR", "FRA", "RUS", "AUH", "DEU", "ITA")) {
            b.addNode(node);
        }
        for (String[] r : rows("wwi_alliances_1872_1918.csv")) {
            int begin = Integer.parseInt(r[3]);
            int end = Integer.parseInt(r[4]);
            if (begin <= year && year < end) {
                b.addEdge(r[0], r[1], Integer.parseInt(r[2]));
            }
        }
        return b.build();
    }

    /** All COW windows, in file order. */
    static Map<String, SignedNetwork> cowWindows() {
        Map<String, SignedNetwork.Builder> builders = new LinkedHashMap<>();
        for (String[] r : rows("cow_signed_1946_1999_windows.csv")) {
            builders.computeIfAbsent(r[0], w -> SignedNetwork.builder()).addEdge(r[1], r[2], Integer.parseInt(r[3]));
        }
        Map<String, SignedNetwork> out = new LinkedHashMap<>();
        builders.forEach((w, b) -> out.put(w, b.build()));
        return out;
    }
}
