package org.counterweight.io.dataset;

import java.io.Reader;
import java.util.List;
import java.util.function.Consumer;
import org.counterweight.core.model.UnVote;
import org.counterweight.core.model.VoteChoice;

/**
 * Reads UN General Assembly votes ({@code un_votes.csv}): columns {@code rcid, ccode, vote}, vote one
 * of {@code yes}, {@code abstain}, {@code no}. About 870,000 rows: stream them to the sink.
 */
public final class UnVoteReader implements DatasetReader<UnVote> {
    private static final List<String> COLUMNS = List.of("rcid", "ccode", "vote");

    @Override
    public void read(Reader input, String fileName, Consumer<? super UnVote> sink) {
        Fields.rows(input, fileName, COLUMNS, row -> {
            VoteChoice vote = switch (row.required("vote")) {
                case "yes" -> VoteChoice.YES;
                case "abstain" -> VoteChoice.ABSTAIN;
                case "no" -> VoteChoice.NO;
                default -> throw row.error("vote", "expected yes, abstain or no, got '" + row.text("vote") + "'");
            };
            sink.accept(new UnVote(Fields.atLeast(row, "rcid", 1), Fields.code(row, "ccode"), vote));
        });
    }
}
