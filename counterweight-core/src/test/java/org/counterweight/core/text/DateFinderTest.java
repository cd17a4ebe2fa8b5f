package org.counterweight.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.counterweight.core.model.PartialDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static final PartialDate DAY = PartialDate.parse("2021-05-01"); // a Saturday
    private static final PartialDate MONTH = PartialDate.parse("2022-04");
    private static final PartialDate YEAR = PartialDate.parse("2019");

    @Test
    void absoluteDatesKeepTheirConventions() {
        assertThat(values("Arms flowed over 2015-2019, by all accounts.", DAY)).containsExactly("2015/2019");
        assertThat(values("They clashed as recently as 2019.", DAY)).containsExactly("2019");
        assertThat(values("Since 2006, trade has doubled.", null)).containsExactly("2006/");
        assertThat(values("The talks of 12 March 2020 failed.", null)).containsExactly("2020-03-12");
        assertThat(values("for the last two decades", null)).isEmpty();
    }

    @Test
    void subDecadesStartAndEndAtTheDecadeEdgesAndMidIsItsMiddleYear() {
        assertThat(values("Ties warmed in the mid-1990s.", null)).containsExactly("1995");
        assertThat(values("Ties have warmed since the mid 1990s.", null)).containsExactly("1995/");
        assertThat(values("Since the Mid-1980s the border was calm.", null)).containsExactly("1985/");
        assertThat(values("Aid fell in the early 2000s.", null)).containsExactly("2000/2003");
        assertThat(values("Aid rose in the late 1970s.", null)).containsExactly("1977/1979");
        assertThat(values("The doctrine held until the late 1980s.", null)).containsExactly("/1989");
        assertThat(values("Through the 1960s the alliance held.", null)).containsExactly("1960/1969");
    }

    @Test
    void namedPeriodsFromTheLexicon() {
        assertThat(values("Both capitals sat in rival blocs during the Cold War.", null)).containsExactly("1947/1991");
        assertThat(values("Since the end of the Cold War, Moscow has courted Islamabad.", null)).containsExactly("1991/");
        assertThat(values("The post-Cold War order favoured Washington.", null)).containsExactly("1991/");
        assertThat(values("A pre-Cold War treaty still binds them.", null)).containsExactly("/1947");
        assertThat(values("Militancy grew with the Soviet-Afghan war.", null)).containsExactly("1979/1989");
        assertThat(values("Trust collapsed after the Kargil War.", null)).containsExactly("1999/");
        assertThat(values("The Kargil conflict tested both armies.", null)).containsExactly("1999");
        assertThat(values("Cooperation deepened in the War on Terror.", null)).containsExactly("2001/");
        assertThat(values("The post-9/11 years changed the region.", null)).containsExactly("2001-09-11/");
        assertThat(values("Since 9/11, aid has been conditional.", null)).containsExactly("2001-09-11/");
        assertThat(values("Memories of the Second World War linger.", null)).containsExactly("1939/1945");
        assertThat(values("It is a Cold War-era alliance.", null)).containsExactly("1947/1991");
    }

    @Test
    void aColdWarThatIsNotTheColdWarIsNoDate() {
        assertThat(values("Some fear a new Cold War between the two powers.", null)).isEmpty();
        assertThat(values("Analysts warn of the new Cold War era.", null)).isEmpty();
        assertThat(values("Cold War rhetoric returned.", null)).isEmpty();
    }

    @Test
    void termsOfOfficeFromTheTable() {
        assertThat(values("It was the first summit since the start of the Obama administration.", DAY))
                .containsExactly("2009-01-20/");
        assertThat(values("Under the Modi government, defence spending rose.", DAY)).containsExactly("2014-05-26/");
        assertThat(values("During the Manmohan Singh government, trade grew.", DAY))
                .containsExactly("2004-05-22/2014-05-26");
        assertThat(values("Under Prime Minister Imran Khan, ties with Moscow improved.", MONTH))
                .containsExactly("2018-08-18/2022-04-10");
        assertThat(values("Since the beginning of the Shehbaz Sharif government, talks stalled.", MONTH))
                .containsExactly("2022-04-11/");
        assertThat(values("Under the Bush administration the deal was struck.", DAY)).containsExactly("2001-01-20/2009-01-20");
        assertThat(values("Under the Trump administration, tariffs rose.", MONTH)).containsExactly("2017-01-20/2021-01-20");
        assertThat(values("Since the end of the Obama administration little has changed.", DAY))
                .containsExactly("2017-01-20/");
        PartialDate mid2025 = PartialDate.parse("2025-06");
        assertThat(values("Under the second Trump administration, tariffs returned.", mid2025)).containsExactly("2025-01-20/");
        assertThat(values("During the first Trump administration, talks began.", mid2025))
                .containsExactly("2017-01-20/2021-01-20");
        assertThat(values("Relations thawed since the Biden administration took office.", DAY)).containsExactly("2021-01-20/");
    }

    @Test
    void aTermIsNotADateWhenTheLeaderIsOnlyAnActorOrAnEvent() {
        assertThat(values("The Biden administration announced new sanctions.", DAY)).isEmpty();
        assertThat(values("The plan was drafted by the Biden administration.", DAY)).isEmpty();
        assertThat(values("Prices rose since the Trump administration withdrew from the deal.", DAY)).isEmpty();
        assertThat(values("Under the Smith government, nothing changed.", DAY)).isEmpty();
        assertThat(values("During Obama's visit, both sides signed.", DAY)).isEmpty();
    }

    @Test
    void openPeriodsEndingAtTheArticleDateKeepItsPrecision() {
        assertThat(values("To date, no sanctions have been imposed.", MONTH)).containsExactly("/2022-04");
        assertThat(values("So far the pact has held.", DAY)).containsExactly("/2021-05-01");
        assertThat(values("Nothing has been signed until now.", YEAR)).containsExactly("/2019");
        assertThat(values("Delhi has not responded till date.", YEAR)).containsExactly("/2019");
        assertThat(values("The list is kept up to date by the ministry.", YEAR)).isEmpty();
        assertThat(values("Some went so far as to call it a betrayal.", YEAR)).isEmpty();
    }

    @Test
    void futurePeriodsStartAtTheArticleYear() {
        assertThat(values("The rivalry will shape Asia in the years to come.", MONTH)).containsExactly("2022/");
        assertThat(values("Demand will grow in the coming decades.", MONTH)).containsExactly("2022/");
        assertThat(values("The dispute will fester for decades to come.", MONTH)).containsExactly("2022/");
        assertThat(values("Both may cooperate in future.", MONTH)).containsExactly("2022/");
        assertThat(values("Both may cooperate in the near future.", MONTH)).containsExactly("2022/");
        assertThat(values("Spending will double over the next five years.", MONTH)).containsExactly("2022/2027");
        assertThat(values("Talks resume in the coming months.", MONTH)).containsExactly("2022-04/");
    }

    @Test
    void relativeDatesAreAnchoredAtTheArticleDate() {
        assertThat(values("Trade fell last year.", MONTH)).containsExactly("2021");
        assertThat(values("Earlier this year the envoy resigned.", MONTH)).containsExactly("2022");
        assertThat(values("Exports will recover next year.", MONTH)).containsExactly("2023");
        assertThat(values("The deal was signed two years ago.", MONTH)).containsExactly("2020");
        assertThat(values("A decade ago this was unthinkable.", MONTH)).containsExactly("2012");
        assertThat(values("The minister visited last month.", MONTH)).containsExactly("2022-03");
        assertThat(values("The minister visited last month.", YEAR)).isEmpty();
        assertThat(values("Imports tripled over the past five years.", MONTH)).containsExactly("2017/2022");
        assertThat(values("Trust has eroded in the last two decades.", MONTH)).containsExactly("2002/2022");
        assertThat(values("Both have drifted apart over the past decade or so.", MONTH)).containsExactly("2012/2022");
        assertThat(values("Prices rose in the last six months.", MONTH)).containsExactly("2021-10/2022-04");
    }

    @Test
    void weekdaysResolveToTheLastSuchDayOnOrBeforeAFullArticleDate() {
        assertThat(values("The ministers met on Tuesday in Tashkent.", DAY)).containsExactly("2021-04-27");
        assertThat(values("The ministers met on Saturday.", DAY)).containsExactly("2021-05-01");
        assertThat(values("The ministers met last Saturday.", DAY)).containsExactly("2021-04-24");
        assertThat(DateFinder.find("On Tuesday the envoys met.", DAY)).extracting(Mention::text, Mention::value)
                .containsExactly(tuple("On Tuesday", "2021-04-27"));
        assertThat(values("The ministers met on Tuesday.", MONTH)).isEmpty();
        assertThat(values("They will meet next Tuesday.", DAY)).isEmpty();
        assertThat(values("They met on Tuesday, 27 April 2021.", DAY)).containsExactly("2021-04-27");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Relations soured after the Kargil War and have stayed cold to date.";
        for (Mention m : DateFinder.find(text, DAY)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    private static List<String> values(String text, PartialDate anchor) {
        return DateFinder.find(text, anchor).stream().map(Mention::value).toList();
    }
}
