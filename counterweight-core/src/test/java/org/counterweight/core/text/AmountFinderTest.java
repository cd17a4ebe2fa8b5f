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
        assertThat(values("Four years on, the promises remain unmet.")).isEmpty();
    }

    @Test
    void spelledOutCountsBeyondTwelve() {
        assertThat(values("The army lost fifteen aircraft and forty-two soldiers.")).containsExactly("15 aircraft", "42 soldiers");
    }

    @Test
    void countedNounsTakeUpToTwoModifiersAndANormalisedUnit() {
        assertThat(values("Beijing lost eleven Chinese engineers and nine Chinese workers in the blast."))
                .containsExactly("9 workers");
        assertThat(values("Delhi will buy 26 Rafale-M carrier jets and 12 MQ-1C armed drones."))
                .containsExactly("26 jets", "12 drones");
        assertThat(values("The two navies signed three maritime pacts, two accords and 14 MoUs."))
                .containsExactly("3 agreements", "2 agreements", "14 agreements");
        assertThat(values("The refinery took about 250,000 metric tons of crude, or 1.8 million barrels."))
                .containsExactly("250000 tonnes", "1800000 barrels");
        assertThat(values("Russia has delivered two squadrons, two dozen missiles and one frigate."))
                .containsExactly("2 squadrons", "24 missiles");
        assertThat(values("A nation of 1.4 billion people faces four UAVs.")).containsExactly("1400000000 people", "4 drones");
    }

    @Test
    void numbersThatAreNotCountsOfAListedNoun() {
        assertThat(values("The two countries agreed and the two sides met.")).isEmpty();
        assertThat(values("Islamabad flies F-16 jets and Delhi the S-400 systems and MQ-9B drones.")).isEmpty();
        assertThat(values("The first war and the second agreement mattered.")).isEmpty();
        assertThat(values("Memories of the 1971 war and the 2008 deal linger.")).isEmpty();
        assertThat(values("In 2019 the soldiers withdrew; two of the missiles failed.")).isEmpty();
        assertThat(values("Pakistan was squeezed from three sides.")).isEmpty();
        assertThat(values("In one war the 123 Agreement and 1 treaty survived.")).isEmpty();
    }

    @Test
    void moneyWithSouthAsianScalesAndCurrencies() {
        assertThat(values("India set its budget at Rs 5.94 lakh crore.")).containsExactly("5940000000000 inr");
        assertThat(values("Pakistan allotted Rs 1,804 billion to defence.")).containsExactly("1804000000000 pkr");
        assertThat(values("The loan of PKR 50 crore and INR 3 lakh was repaid.")).containsExactly("500000000 pkr", "300000 inr");
        assertThat(values("The plan costs \u20b9500 crore, Sri Lanka said.")).containsExactly("5000000000 inr");
        assertThat(values("The dam will cost Rs 200 billion, officials in Colombo said.")).containsExactly("200000000000 lkr");
        assertThat(values("Islamabad bought jets. India watched. The country will spend Rs 90 billion on them."))
                .containsExactly("90000000000 inr");
        assertThat(values("Islamabad bought jets. The country will spend Rs 90 billion on them.")).containsExactly("90000000000 pkr");
        assertThat(values("A grant of 1.3 billion dollars and 40 million Pakistani rupees."))
                .containsExactly("1300000000 usd", "40000000 pkr");
        assertThat(values("Credit of 2 billion USD and 900 million PKR.")).containsExactly("2000000000 usd", "900000000 pkr");
        assertThat(values("Aid of $1.2 billion, US$450 mn and $3bn arrived.")).containsExactly("1200000000 usd", "450000000 usd",
                "3000000000 usd");
    }

    @Test
    void fractionsArePercentages() {
        assertThat(values("Two-thirds of the fleet is grounded.")).containsExactly("66.66666666666667 percent");
        assertThat(values("A quarter of exports and one third of imports go east.")).containsExactly("25 percent",
                "33.333333333333336 percent");
        assertThat(values("Nearly half of the debt is Chinese.")).containsExactly("50 percent");
        assertThat(values("In the first half of the year, and the other half of the fleet, nothing moved.")).isEmpty();
        assertThat(values("The feud has lasted a quarter of a century, and the pact half a century."))
                .containsExactly("25 years", "50 years");
    }

    @Test
    void percentagesInDigitsOrWords() {
        assertThat(values("Tariffs rose 12.5% and then eighty per cent; 3 percent of GDP.")).containsExactly("12.5 percent",
                "80 percent", "3 percent");
    }

    private static List<String> values(String text) {
        return AmountFinder.find(text).stream().map(Mention::value).toList();
    }
}
