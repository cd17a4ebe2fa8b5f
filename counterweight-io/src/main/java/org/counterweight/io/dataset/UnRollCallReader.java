package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.counterweight.core.model.UnIssue;
import org.counterweight.core.model.UnRollCall;

/**
 * Reads the UN General Assembly roll calls of the unvotes package ({@code un_roll_calls.csv}: columns
 * {@code rcid, session, importantvote, date, unres, amend, para, short, descr}) and attaches the issues
 * of {@code un_roll_call_issues.csv} ({@code rcid, short_name, issue}), read first with
 * {@link #readIssues}. Uncoded flags (empty cells) become null.
 */
public final class UnRollCallReader implements DatasetReader<UnRollCall> {
    private static final List<String> COLUMNS =
            List.of("rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr");
    private static final List<String> ISSUE_COLUMNS = List.of("rcid", "short_name");

    private final Map<Integer, List<UnIssue>> issues;

    /** @param issues issues by rcid, as returned by {@link #readIssues}; roll calls not in it have none */
    public UnRollCallReader(Map<Integer, List<UnIssue>> issues) {
        Map<Integer, List<UnIssue>> copy = new HashMap<>();
        issues.forEach((rcid, list) -> copy.put(rcid, List.copyOf(list)));
        this.issues = Map.copyOf(copy);
    }

    /** Reads the roll-call issue file into issues by rcid, in file order. */
    public static Map<Integer, List<UnIssue>> readIssues(Reader input, String fileName) {
        Map<Integer, List<UnIssue>> issues = new HashMap<>();
        Fields.rows(input, fileName, ISSUE_COLUMNS, row -> {
            int rcid = Fields.atLeast(row, "rcid", 1);
            UnIssue issue;
            try {
                issue = UnIssue.ofShortName(row.required("short_name"));
            } catch (IllegalArgumentException e) {
                throw row.error("short_name", e.getMessage());
            }
            List<UnIssue> list = issues.computeIfAbsent(rcid, k -> new ArrayList<>());
            if (!list.contains(issue)) {
                list.add(issue);
            }
        });
        return issues;
    }

    @Override
    public void read(Reader input, String fileName, Consumer<? super UnRollCall> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> {
            int rcid = Fields.atLeast(row, "rcid", 1);
            sink.accept(Fields.build(row, () -> new UnRollCall(rcid, Fields.between(row, "session", 1, 150),
                    Fields.optionalFlag(row, "importantvote"), Fields.date(row, "date"), row.optional("unres"),
                    Fields.optionalFlag(row, "amend"), Fields.optionalFlag(row, "para"), row.optional("short"),
                    row.optional("descr"), issues.getOrDefault(rcid, List.of()))));
        });
    }
}
