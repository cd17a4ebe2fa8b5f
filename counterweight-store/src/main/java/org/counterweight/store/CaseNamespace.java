package org.counterweight.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.counterweight.core.model.Actor;
import org.counterweight.core.model.Agreement;
import org.counterweight.core.model.CaseFile;
import org.counterweight.core.model.Claim;
import org.counterweight.core.model.Relation;
import org.counterweight.core.model.Source;
import org.counterweight.io.InputFormatException;

/**
 * One namespace per kind of id across the knowledge base: a case file's case, source, actor,
 * agreement, relation and claim ids are checked against what the store holds before it is imported.
 * A clash is refused naming both places (the file and field, and the case or dataset holding the id,
 * with the file it came from), unless the case declares that it {@code extends} the case holding it
 * (it builds on it) or {@code replaces} it. A case imported again from the file it came from updates
 * itself (as does one imported before import histories were kept, schema 9). Before this check a user's claim with a bundled claim's id showed the bundled quote, and a
 * user's case with the bundled case's id was silently reverted on the next start.
 */
final class CaseNamespace {
    private record Kind(String field, String name, String table, List<String> ids) {
    }

    private CaseNamespace() {
    }

    /**
     * Checks {@code caseFile}, read from {@code fileName}, against the store.
     *
     * @throws InputFormatException naming the file, the field and both places of the first clash
     */
    static void check(Connection connection, CaseFile caseFile, String fileName, CaseImporter.EntryLines lines) {
        String slot = CaseImporter.slot(caseFile.id());
        Set<String> allowed = new LinkedHashSet<>();
        Optional<ImportEntry> own = ImportLog.loaded(connection, slot);
        if (own.isPresent()) {
            boolean beforeHistory = own.get().fileSha256() == null;
            if (beforeHistory || own.get().fileName().equals(fileName) || caseFile.id().equals(caseFile.replacesCase())) {
                allowed.add(slot);
            } else {
                throw new InputFormatException(fileName, lines.of("case", caseFile.id()), "case", "case '"
                        + caseFile.id() + "' is already loaded"
                        + " from " + own.get().fileName() + " (import " + own.get().id() + "): give your case another"
                        + " id, or declare 'replaces: " + caseFile.id() + "' to replace it");
            }
        }
        if (caseFile.replacesCase() != null) {
            String replaced = CaseImporter.slot(caseFile.replacesCase());
            if (ImportLog.loaded(connection, replaced).isEmpty()) {
                throw new InputFormatException(fileName, 0, "replaces", "no case '" + caseFile.replacesCase()
                        + "' is loaded to replace");
            }
            allowed.add(replaced);
        }
        if (caseFile.extendsCase() != null) {
            List<String> bases = CaseQueries.chain(connection, caseFile.extendsCase());
            if (ImportLog.loaded(connection, CaseImporter.slot(caseFile.extendsCase())).isEmpty()) {
                throw new InputFormatException(fileName, 0, "extends", "no case '" + caseFile.extendsCase()
                        + "' is loaded to extend");
            }
            if (bases.contains(slot)) {
                throw new InputFormatException(fileName, 0, "extends", "case '" + caseFile.extendsCase()
                        + "' already builds on '" + caseFile.id() + "': cases cannot extend each other in a circle");
            }
            allowed.addAll(bases);
        }
        for (Kind kind : kinds(caseFile)) {
            if (kind.ids().isEmpty()) {
                continue;
            }
            List<String[]> clashes = Sql.query(connection, "SELECT id, dataset FROM " + kind.table()
                    + " WHERE list_contains(CAST(? AS VARCHAR[]), id) AND NOT list_contains(CAST(? AS VARCHAR[]), dataset)"
                    + " ORDER BY rowid LIMIT 1",
                    row -> new String[] {row.getString(1), row.getString(2)}, kind.ids(), new ArrayList<>(allowed));
            if (!clashes.isEmpty()) {
                throw new InputFormatException(fileName, lines.of(kind.field(), clashes.get(0)[0]), kind.field(),
                        kind.name() + " '" + clashes.get(0)[0]
                        + "' is already " + holder(connection, clashes.get(0)[1]) + advice(clashes.get(0)[1]));
            }
        }
    }

    private static List<Kind> kinds(CaseFile caseFile) {
        return List.of(new Kind("sources", "source", "sources", caseFile.sources().stream().map(Source::id).toList()),
                new Kind("actors", "actor", "actors", caseFile.actors().stream().map(Actor::id).toList()),
                new Kind("agreements", "agreement", "agreements", caseFile.agreements().stream().map(Agreement::id)
                        .toList()),
                new Kind("relations", "relation", "relations", caseFile.relations().stream().map(Relation::id)
                        .toList()),
                new Kind("claims", "claim", "claims", caseFile.claims().stream().map(Claim::id).toList()));
    }

    /** Where an id is held: "defined by case south-asia (cases/south-asia/case.yaml, import 32)". */
    private static String holder(Connection connection, String slot) {
        String from = ImportLog.loaded(connection, slot).map(e -> " (" + e.fileName() + ", import " + e.id() + ")")
                .orElse("");
        return slot.startsWith("case:") ? "defined by case " + slot.substring("case:".length()) + from
                : "the source of dataset " + slot + from;
    }

    private static String advice(String slot) {
        if (!slot.startsWith("case:")) {
            return ": cite it without declaring it, or give yours another id";
        }
        String other = slot.substring("case:".length());
        return ": give yours another id, or declare 'extends: " + other + "' (your case builds on it) or 'replaces: "
                + other + "'";
    }
}
