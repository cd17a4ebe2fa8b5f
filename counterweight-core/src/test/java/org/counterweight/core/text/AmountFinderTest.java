package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AmountFinderTest {
    @Test
    void durationsCountYearsWhateverTheirUnit() {
        assertThat(values("The two navies have shadowed each other for about seven decades.")).containsExactly("70 years");
        assertThat(values("The frontier was contested for two centuries.")).containsExactly("200 years");
        assertThat(values("The treaty has survived twenty-five years of crises.")).containsExactly("25 years");
        assertThat(values("Both kept 60 years of uneasy peace.")).containsExactly("60 years");
        assertThat(values("Talks have stalled for Eighteen months.")).containsExactly("18 months");
    }

    @Test
    void aDurationThatIsARelativeDateIsNotAnAmount() {
        assertThat(values("Trust has eroded over the last two decades.")).isEmpty();
        assertThat(values("The pact was signed two years ago.")).isEmpty();
        assertThat(values("Spending will double over the next five years.")).isEmpty();
        assertThat(values("Three years later the talks resumed.")).isEmpty();
    }

    @Test
    void spelledOutCountsBeyondTwelve() {
        assertThat(values("The army lost fifteen aircraft and forty-two soldiers.")).containsExactly("15 aircraft", "42 soldiers");
    }

    private static List<String> values(String text) {
        return AmountFinder.find(text).stream().map(Mention::value).toList();
    }
}
