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
    void openPeriodsEndingAtTheArticleDateEndAtItsMonth() {
        assertThat(values("To date, no sanctions have been imposed.", MONTH)).containsExactly("/2022-04");
        assertThat(values("So far the pact has held.", DAY)).containsExactly("/2021-05");
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
        assertThat(values("Earlier this year the envoy resigned.", YEAR)).containsExactly("2019");
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
    void earlierAndLaterThisPeriodSplitItAtTheArticleDate() {
        PartialDate july5 = PartialDate.parse("2023-07-05"); // a Wednesday
        assertThat(values("Parliament is expected to vote later this year.", july5)).containsExactly("2023-07/2023-12");
        assertThat(values("Earlier this year the envoy resigned.", MONTH)).containsExactly("2022-01/2022-04");
        assertThat(values("The envoy resigned earlier this month.", july5)).containsExactly("2023-07-01/2023-07-05");
        assertThat(values("The envoy will resign later this month.", MONTH)).containsExactly("2022-04");
        assertThat(values("Talks were held this week in Dhaka.", july5)).containsExactly("2023-07-03/2023-07-09");
        assertThat(values("Talks were held last week in Dhaka.", july5)).containsExactly("2023-06-26/2023-07-02");
        assertThat(values("Talks were held earlier this week in Dhaka.", july5)).containsExactly("2023-07-03/2023-07-05");
        assertThat(values("Talks were held last week in Dhaka.", MONTH)).isEmpty();
    }

    @Test
    void halvesAndQuartersOfAYearAreItsMonths() {
        PartialDate july5 = PartialDate.parse("2023-07-05");
        assertThat(values("Exports fell in the first half of the year.", july5)).containsExactly("2023-01/2023-06");
        assertThat(values("Exports rose in the second half of last year.", july5)).containsExactly("2022-07/2022-12");
        assertThat(values("Growth slowed in the third quarter of 2019.", null)).containsExactly("2019-07/2019-09");
        assertThat(values("Exports fell in the first half of the year.", null)).isEmpty();
    }

    @Test
    void monthsWithoutAYearAreTheLatestNotAfterTheArticleDate() {
        PartialDate feb10 = PartialDate.parse("2024-02-10");
        assertThat(values("The minister flew to Tokyo in October.", feb10)).containsExactly("2023-10");
        assertThat(values("On February 1, the cabinet approved the plan.", feb10)).containsExactly("2024-02-01");
        assertThat(values("The border was sealed on 14 February.", feb10)).containsExactly("2023-02-14");
        assertThat(values("The envoys met in early January in Doha.", feb10)).containsExactly("2024-01");
        assertThat(values("The envoys met last February and last November.", feb10)).containsExactly("2023-02", "2023-11");
        assertThat(values("A summit is planned for next March and next January.", feb10)).containsExactly("2024-03", "2025-01");
        assertThat(values("Trade has grown since September.", feb10)).containsExactly("2023-09/");
        assertThat(values("KARACHI, February 9 (Wire) - Prices rose.", feb10)).containsExactly("2024-02-09");
        assertThat(values("Delhi and Dhaka met on June 31.", feb10)).isEmpty();
        assertThat(values("The minister flew to Tokyo in October.", YEAR)).isEmpty();
    }

    @Test
    void aMonthInAClauseAboutTheFutureIsTheNextOne() {
        PartialDate feb10 = PartialDate.parse("2024-02-10");
        assertThat(values("The prime minister will visit Beijing in October.", feb10)).containsExactly("2024-10");
        assertThat(values("The talks are due to resume on January 15.", feb10)).containsExactly("2025-01-15");
        assertThat(values("The loan will fund a budget that parliament passed in June.", feb10)).containsExactly("2023-06");
    }

    @Test
    void aMonthAfterAWrittenYearInItsSentenceTakesThatYear() {
        PartialDate mar3 = PartialDate.parse("2023-03-03");
        assertThat(values("In 2021 the leaders met online in March and in person in September.", mar3))
                .containsExactly("2021", "2021-03", "2021-09");
        assertThat(values("The pact was unveiled in September 2021 and widened in January.", mar3))
                .containsExactly("2021-09", "2022-01");
        assertThat(values("In 2021 the leaders met. They met again in September.", mar3)).containsExactly("2021", "2022-09");
        assertThat(values("Trade has grown since 2018, and it fell in January.", mar3)).containsExactly("2018/", "2023-01");
        assertThat(values("In 2019 the talks collapsed in March.", null)).containsExactly("2019", "2019-03");
        assertThat(values("The 2017 law was amended in March.", mar3)).containsExactly("2017", "2023-03");
    }

    @Test
    void aMonthWithThisLastOrNextYear() {
        PartialDate mar3 = PartialDate.parse("2023-03-03");
        assertThat(values("Another summit is due in May this year.", mar3)).containsExactly("2023-05");
        assertThat(values("The envoys met in June last year.", mar3)).containsExactly("2022-06");
        assertThat(values("The envoys meet in June next year.", YEAR)).containsExactly("2020-06");
        assertThat(values("Another summit is due in May.", mar3)).containsExactly("2023-05");
    }

    @Test
    void aBareMonthNameIsNoDate() {
        PartialDate feb10 = PartialDate.parse("2024-02-10");
        assertThat(values("May the talks succeed.", feb10)).isEmpty();
        assertThat(values("Theresa May visited Delhi.", feb10)).isEmpty();
        assertThat(values("The March for peace drew thousands.", feb10)).isEmpty();
    }

    @Test
    void datesWithAYearTakeTheirLead() {
        assertThat(values("Russia has delivered three batteries since December 2021.", null)).containsExactly("2021-12/");
        assertThat(values("The ban lasts until 30 June 2025.", null)).containsExactly("/2025-06-30");
        assertThat(values("Nothing moved before March 3, 2019.", null)).containsExactly("/2019-03-03");
    }

    @Test
    void rangesWithATwoDigitEndYear() {
        assertThat(values("Imports doubled in 2018-22.", null)).containsExactly("2018/2022");
        assertThat(values("The budget for 2023/24 was cut.", null)).containsExactly("2023/2024");
        assertThat(values("Trade reached $16 billion in FY2022-23.", null)).containsExactly("2022/2023");
        assertThat(values("Aid rose between 2016 and 2020.", null)).containsExactly("2016/2020");
        assertThat(values("They fought in 1965 and 1971.", null)).containsExactly("1965", "1971");
        assertThat(values("The 2019-05-01 memo leaked.", null)).doesNotContain("2019/2005");
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
