package org.counterweight.io.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.counterweight.core.model.ObligationEnd;
import org.junit.jupiter.api.Test;

/** The curated ends of carried treaty obligations, as obligation_ends.csv gives them. */
class ObligationEndsReaderTest {
    /**
     * One row: the Islamic Republic of Afghanistan (COW 700) falls on 2021-08-15, cited to The Quint's
     * page of 2021-08-16 (the case file's source taliban-kabul-2021) by locator, with no quote.
     */
    @Test
    void readsTheFallOfTheIslamicRepublicOfAfghanistan() {
        List<ObligationEnd> ends = TestData.readBundled(new ObligationEndsReader(), "obligation-ends-curated");

        assertThat(ends).singleElement().satisfies(afghanistan -> {
            assertThat(afghanistan.cowCode()).isEqualTo(700);
            assertThat(afghanistan.state()).isEqualTo("the Islamic Republic of Afghanistan");
            assertThat(afghanistan.date()).isEqualTo(LocalDate.of(2021, 8, 15));
            assertThat(afghanistan.event()).isEqualTo("fall");
            assertThat(afghanistan.source()).contains("The Quint").contains("2021-08-16")
                    .contains("taliban-kabul-2021");
            assertThat(afghanistan.locator()).startsWith("page dated 2021-08-16");
        });
    }

    /** The folder's SOURCE.md describes the file, its rule and its one row with the source. */
    @Test
    void theSourceNoteStatesTheRuleAndTheRowsSource() throws IOException {
        BundledDataset dataset = BundledDatasets.get("obligation-ends-curated").orElseThrow();
        StringWriter notes = new StringWriter();
        try (Reader input = BundledDatasets.open(dataset.sourceNotes())) {
            input.transferTo(notes);
        }
        assertThat(dataset.sourceNotes()).isEqualTo("counterweight-data/datasets/obligation-ends/SOURCE.md");
        assertThat(notes.toString()).contains("`obligation_ends.csv` (1 row)")
                .contains("carried-forward-from-2018-ended-2021").contains("taliban-kabul-2021")
                .contains("page dated 2021-08-16");
    }

    @Test
    void aBadDateNamesItsColumn() {
        TestData.assertBadInput(new ObligationEndsReader(), "ccode,state,date,event,reason,source,locator\n"
                + "700,the Islamic Republic of Afghanistan,2021-08-32,fall,a reason,a source,a locator\n", 2, "date");
    }
}
