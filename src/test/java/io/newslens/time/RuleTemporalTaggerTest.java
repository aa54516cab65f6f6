package io.newslens.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.newslens.model.TimeExpression;
import io.newslens.nlp.OpenNlpAnnotator;

class RuleTemporalTaggerTest {

    private static final OpenNlpAnnotator ANNOTATOR = OpenNlpAnnotator.english();
    private static final RuleTemporalTagger TAGGER = new RuleTemporalTagger();
    /** A Thursday. */
    private static final LocalDate DCT = LocalDate.of(2020, 7, 16);

    private static List<TimeExpression> tag(String text, LocalDate anchor) {
        return TAGGER.tag(ANNOTATOR.annotate(text), anchor);
    }

    /** Each expression as "text|TYPE|value|mod". */
    private static String tagged(String text, LocalDate anchor) {
        return tag(text, anchor).stream()
                .map(t -> t.text() + "|" + t.type() + "|" + t.value() + (t.mod() == null ? "" : "|" + t.mod()))
                .collect(Collectors.joining("; "));
    }

    @Test
    void absoluteDatesInNewsFormats() {
        assertEquals("July 15, 2020|DATE|2020-07-15", tagged("It opened on July 15, 2020.", DCT));
        assertEquals("15 July 2020|DATE|2020-07-15", tagged("It opened on 15 July 2020.", DCT));
        assertEquals("7/15/2020|DATE|2020-07-15", tagged("It opened on 7/15/2020.", DCT));
        assertEquals("2020-07-15|DATE|2020-07-15", tagged("It opened on 2020-07-15.", DCT));
        assertEquals("Sept. 30|DATE|2020-09-30", tagged("Payment is due Sept. 30.", DCT));
        assertEquals("Wednesday, July 15, 2020|DATE|2020-07-15",
                tagged("Pompeo spoke in Washington, Wednesday, July 15, 2020.", DCT));
        assertEquals("June 2018|DATE|2018-06", tagged("They met in June 2018.", DCT));
        assertEquals("1990|DATE|1990", tagged("The plant opened in 1990.", DCT));
        assertEquals("fiscal 2021|DATE|2021", tagged("Sales will rise in fiscal 2021.", DCT));
    }

    /**
     * The rules search only near their trigger words (see {@link LineWords#windows}): expressions that
     * reach far from theirs, at a line's edges and among other trigger words, are found whole.
     */
    @Test
    void expressionsFarFromTheirTriggerWord() {
        assertEquals("no more than 2.5 years or so|DURATION|P2Y6M|APPROX", tagged("Shares of the company, which makes"
                + " money on the market from its monitoring business, fell sharply for no more than 2.5 years or so.", DCT));
        assertEquals("no more than end of this coming August|DATE|2020-08|EQUAL_OR_LESS; the week after|DATE|2020-W30",
                tagged("Market watchers expect the money to arrive no more than end of this coming August, with"
                        + " payments starting the week after.", DCT));
        assertEquals("Wed., Aug. 7th, 2020|DATE|2020-08-07; the twenty-first century|DATE|20",
                tagged("Market watchers say the monitoring contract, signed on Wed., Aug. 7th, 2020, runs until the"
                        + " end of the twenty-first century.", DCT));
        assertEquals("10:30 a.m. EDT, Aug. 7|TIME|2020-08-07T10:30; around noon|TIME|2020-08-07T12:00|APPROX",
                tagged("The meeting starts at 10:30 a.m. EDT, Aug. 7 and ends around noon.", DCT));
        assertEquals("a half or four more years ago|DATE|2019",
                tagged("He left about three and a half or four more years ago\nwhile the market was closed.", DCT));
    }

    @Test
    void partialDatesAndModifiers() {
        assertEquals("mid-July|DATE|2020-07|MID", tagged("Talks resume in mid-July.", DCT));
        assertEquals("early September|DATE|2020-09|START", tagged("Talks resume in early September.", DCT));
        assertEquals("the 1990s|DATE|199", tagged("Prices rose in the 1990s.", DCT));
        assertEquals("the late 1970s|DATE|197|END", tagged("It began in the late 1970s.", DCT));
        assertEquals("The 20th century|DATE|19", tagged("The 20th century saw two wars.", DCT));
        assertEquals("the end of 1990|DATE|1990|END", tagged("It closes by the end of 1990.", DCT));
        assertEquals("this summer|DATE|2020-SU", tagged("It opens this summer.", DCT));
        assertEquals("last fall|DATE|2019-FA", tagged("It opened last fall.", DCT));
        assertEquals("the third quarter|DATE|2020-Q3", tagged("Profit will rise in the third quarter.", DCT));
        assertEquals("Christmas|DATE|2020-12-25", tagged("He will be home for Christmas.", DCT));
    }

    @Test
    void weekdaysFollowTheTense() {
        assertEquals("Thursday|DATE|2020-07-16", tagged("He acknowledged Thursday that talks stalled.", DCT));
        assertEquals("Wednesday|DATE|2020-07-15", tagged("He said Wednesday that talks stalled.", DCT));
        assertEquals("Monday|DATE|2020-07-20", tagged("The two leaders will meet Monday.", DCT));
        assertEquals("last Friday|DATE|2020-07-10", tagged("The deal closed last Friday.", DCT));
        assertEquals("Friday morning|TIME|2020-07-10TMO", tagged("Shots were fired Friday morning.", DCT));
        // "succeed" after "will" is a base form, not a past "-ed"; "United" is a name, not a participle
        assertEquals("Feb. 1|DATE|2021-02-01", tagged("Smith, 52 years old, will succeed Daniel Jones Feb. 1.",
                LocalDate.of(2020, 10, 26)));
        assertEquals("Monday|DATE|2020-07-20", tagged("The father would be traveling to the United States Monday.",
                DCT));
    }

    /**
     * Intentions, deadlines and earliest times point ahead; a purpose infinitive shares its verb's time;
     * an intention in the past perfect points back.
     */
    @Test
    void weekdaysAheadOfIntentionsAndDeadlines() {
        assertEquals("Friday|DATE|2020-07-17", tagged("The two sides planned to meet Friday.", DCT));
        assertEquals("Monday|DATE|2020-07-20",
                tagged("Protesters were planning to drive around the airport on Monday.", DCT));
        assertEquals("Tuesday morning|TIME|2020-07-21TMO",
                tagged("Officials postponed until Tuesday morning any action on the case.", DCT));
        assertEquals("Tuesday|DATE|2020-07-21", tagged("The father arrives as early as Tuesday.", DCT));
        assertEquals("Friday|DATE|2020-07-10",
                tagged("The government staged celebrations to mark the entry into NATO on Friday.", DCT));
        assertEquals("Tuesday|DATE|2020-07-14", tagged("Until Tuesday, they had not charged him.", DCT));
        // an intention in the past perfect was overtaken before the report: its day lies behind it
        assertEquals("midnight Friday|TIME|2020-07-10T24:00",
                tagged("The bid had been scheduled to lapse at midnight Friday, but the buyer extended it.", DCT));
        assertEquals("Monday|DATE|2020-07-13", tagged("The two ministers had planned to sign the pact Monday.", DCT));
    }

    /** Time words capitalised inside prose name a work or a show, not a time; a headline or a sentence start says nothing. */
    @Test
    void capitalisedTimeWordsInProseAreTitles() {
        assertEquals("", tagged("Baker said on the network's \"This Week\" program that the talks failed.", DCT));
        assertEquals("1952|DATE|1952", tagged("She starred in the film \"High Noon\" in 1952 with a young actor.", DCT));
        assertEquals("1992|DATE|1992", tagged("The group held \"Spring of Life\" marches across the city in 1992.", DCT));
        assertEquals("", tagged("The show \"60 Minutes\" aired an interview with the father.", DCT));
        assertEquals("This Week|DATE|2020-W29", tagged("Stocks Fall Sharply This Week", DCT));
        assertEquals("Today|DATE|2020-07-16", tagged("\"Today, we vote for the plan,\" the mayor said at the meeting.", DCT));
        assertEquals("Christmas Day|DATE|2020-12-25", tagged("The store will close on Christmas Day for the holiday.", DCT));
    }

    /** "set to" names a schedule even when the tagger reads the verb after it as a noun. */
    @Test
    void setToIsASchedule() {
        assertEquals("Monday|DATE|2020-07-20", tagged("The talks, set to resume Monday in Geneva, face new hurdles.", DCT));
        assertEquals("Monday|DATE|2020-07-13", tagged("The price was set to the market level on Monday.", DCT));
    }

    /**
     * A plan in a reduced relative clause whose sentence reports it in the past ("a concert planned for
     * Saturday was canceled") may lie on either side of the report: the nearest such day is meant.
     */
    @Test
    void planReportedInThePastTakesTheNearestDay() {
        LocalDate sunday = LocalDate.of(2020, 7, 19);
        assertEquals("Saturday|DATE|2020-07-18", tagged("A concert planned for Saturday was canceled.", sunday));
        assertEquals("Saturday|DATE|2020-07-18", tagged("A concert planned for Saturday was canceled.", DCT));
        assertEquals("Tuesday|DATE|2020-07-14", tagged("A concert planned for Tuesday was canceled.", DCT));
        assertEquals("Saturday|DATE|2020-07-25", tagged("A concert planned for Saturday will go ahead.", sunday));
    }

    /** A possessive weekday names an event of its own: an intention in the clause does not move it ahead. */
    @Test
    void possessiveWeekdaysAreNotMovedByAnIntention() {
        assertEquals("Wednesday|DATE|2020-07-15",
                tagged("Relatives said they would look for ways around Wednesday's ruling.", DCT));
        assertEquals("Sunday|DATE|2020-07-19", tagged("Fans will pack the stadium for Sunday's game.", DCT));
    }

    /** A month or day without a year is the occurrence nearest the publication date, on either side. */
    @Test
    void yearOfAMonthOrDayNearestThePublicationDate() {
        LocalDate january = LocalDate.of(1998, 1, 8);
        assertEquals("October|DATE|1997-10", tagged("The houses, worth $130 million in October, are worth half that.",
                january));
        assertEquals("Dec. 12|DATE|1997-12-12", tagged("Rates are lower than on Dec. 12.", january));
        assertEquals("March|DATE|1998-03", tagged("Rates are lower than in March.", january));
    }

    @Test
    void relativeDaysWeeksMonthsYears() {
        assertEquals("yesterday|DATE|2020-07-15", tagged("Shares fell yesterday.", DCT));
        assertEquals("tomorrow|DATE|2020-07-17", tagged("Shares may fall tomorrow.", DCT));
        assertEquals("last week|DATE|2020-W28", tagged("Shares fell last week.", DCT));
        assertEquals("earlier this month|DATE|2020-07|START", tagged("Shares fell earlier this month.", DCT));
        assertEquals("last month|DATE|2020-06", tagged("Shares fell last month.", DCT));
        assertEquals("next year|DATE|2021", tagged("Shares may fall next year.", DCT));
        assertEquals("two years ago|DATE|2018", tagged("Shares fell two years ago.", DCT));
        assertEquals("three days ago|DATE|2020-07-13", tagged("Shares fell three days ago.", DCT));
        assertEquals("the weekend|DATE|2020-W28-WE", tagged("Shares fell over the weekend.", DCT));
    }

    @Test
    void narrativeReanchoring() {
        assertEquals("July 10|DATE|2020-07-10; The previous day|DATE|2020-07-09",
                tagged("On July 10, he spoke. The previous day, he stressed hope.", DCT));
        assertEquals("March 3|DATE|2020-03-03; a week|DURATION|P1W",
                tagged("The virus arrived on March 3. Schools closed a week later.", DCT));
        assertEquals("March 3|DATE|2020-03-03; The next day|DATE|2020-03-04",
                tagged("The virus arrived on March 3. The next day, schools closed.", DCT));
    }

    @Test
    void withoutAnchorUnknownPartsStayX() {
        assertEquals("July 10|DATE|XXXX-07-10; The previous day|DATE|XXXX-07-09",
                tagged("On July 10, he spoke. The previous day, he stressed hope.", null));
        assertEquals("last year|DATE|XXXX", tagged("Sales fell last year.", null));
        assertEquals("Tuesday|DATE|XXXX-WXX-2", tagged("Sales fell Tuesday.", null));
        assertEquals("June 2018|DATE|2018-06", tagged("They met in June 2018.", null));
    }

    @Test
    void timesOfDayWithZones() {
        assertEquals("3:45 p.m. EDT|TIME|2020-07-16T15:45", tagged("The vote ended at 3:45 p.m. EDT.", DCT));
        assertEquals("14:48 UTC|TIME|2020-07-16T14:48Z", tagged("As of 14:48 UTC, the index fell.", DCT));
        assertEquals("9 a.m. Tuesday|TIME|2020-07-14T09:00", tagged("The deadline passed at 9 a.m. Tuesday.", DCT));
        assertEquals("noon|TIME|2020-07-16T12:00", tagged("The rally began at noon.", DCT));
    }

    @Test
    void durations() {
        assertEquals("two years|DURATION|P2Y", tagged("It took two years of talks.", DCT));
        assertEquals("18 months|DURATION|P18M", tagged("It took 18 months.", DCT));
        assertEquals("three hours|DURATION|PT3H", tagged("It took three hours.", DCT));
        assertEquals("2 1/2 years|DURATION|P2Y6M", tagged("They lived there for 2 1/2 years.", DCT));
        assertEquals("at least 30 days|DURATION|P30D|EQUAL_OR_MORE", tagged("Banks must wait at least 30 days.", DCT));
        assertEquals("the past two months|DURATION|P2M", tagged("Prices rose over the past two months.", DCT));
        assertEquals("two-year|DURATION|P2Y", tagged("He signed a two-year contract.", DCT));
        assertEquals("years|DURATION|PXY", tagged("They have fought for years.", DCT));
        assertEquals("", tagged("A 6-year-old boy, 52 years old, was found.", DCT));
        // a length without a count: TimeML tags the compound adjective as a duration
        assertEquals("day-long|DURATION|P1D", tagged("The envoys left their second day-long session.", DCT));
        assertEquals("months-long|DURATION|PXM", tagged("It ended a months-long strike at the port.", DCT));
        assertEquals("years-old|DURATION|PXY", tagged("Farmers hope to end a years-old drought.", DCT));
        assertEquals("", tagged("She sold her year-old car.", DCT));
    }

    @Test
    void sets() {
        assertEquals("every Tuesday|SET|XXXX-WXX-2", tagged("They meet every Tuesday.", DCT));
        assertEquals("annually|SET|P1Y", tagged("The prize is awarded annually.", DCT));
        assertEquals("daily|SET|P1D", tagged("Protesters gather daily.", DCT));
        assertEquals("each month|SET|P1M", tagged("It pays interest each month.", DCT));
    }

    /** A frequency adverb after a quantity is part of a rate, which TimeBank leaves unmarked. */
    @Test
    void ratesAreNoSets() {
        assertEquals("", tagged("It pays $5 million annually.", DCT));
        assertEquals("", tagged("Sales should rise 8.5% annually.", DCT));
        assertEquals("", tagged("The plant would make 10,000 units annually.", DCT));
    }

    @Test
    void referencesToPresentPastAndFuture() {
        assertEquals("now|DATE|PRESENT_REF", tagged("The firm now has 300 staff.", DCT));
        assertEquals("currently|DATE|PRESENT_REF", tagged("The firm currently has 300 staff.", DCT));
        assertEquals("recently|DATE|PAST_REF", tagged("The firm recently hired 300 staff.", DCT));
        assertEquals("the past|DATE|PAST_REF", tagged("Mistakes were made in the past.", DCT));
        assertEquals("the future|DATE|FUTURE_REF", tagged("Mistakes will be made in the future.", DCT));
    }

    @Test
    void quarterContextForYearAgoComparisons() {
        assertEquals("third-quarter|DATE|2020-Q3; a year earlier|DATE|2019-Q3",
                tagged("The company posted third-quarter profit of $5 million, up from $4 million a year earlier.",
                        LocalDate.of(2020, 10, 20)));
        // after "for the nine months" the report compares years to date: "a year earlier" is the year
        assertEquals("the third quarter|DATE|2020-Q3; the nine months|DURATION|P9M; a year earlier|DATE|2019",
                tagged("Profit rose in the third quarter. For the nine months, profit was $9 million, up from"
                        + " $7 million a year earlier.", LocalDate.of(2020, 10, 20)));
    }

    @Test
    void wordsThatAreNotDates() {
        assertEquals("", tagged("You may go. The march began at dawn. The sun rose. Leaves fall.", DCT));
        assertEquals("", tagged("He paid $1990 for 1,990 shares.", DCT));
        assertEquals("", tagged("The Russell 2000 Index of smaller companies fell.", DCT));
    }

    @Test
    void offsetsIndexTheText() {
        String text = "Talks stalled.\nOn Aug. 7, 1998 bombs exploded.";
        for (TimeExpression t : tag(text, DCT)) {
            assertEquals(t.text(), text.substring(t.start(), t.end()));
        }
        assertTrue(tagged(text, DCT).contains("Aug. 7, 1998|DATE|1998-08-07"));
    }

    /** Forms news uses that the evaluation sets hardly hold (issue #18). DCT is Thursday 2020-07-16. */
    @Test
    void decadesPartsOfYearsQuartersAndFiscalYears() {
        assertEquals("the 1990s|DATE|199", tagged("Prices fell through the 1990s.", DCT));
        assertEquals("late 2019|DATE|2019|END", tagged("The plant closed in late 2019.", DCT));
        assertEquals("Q3|DATE|2020-Q3", tagged("Sales rose in Q3.", DCT));
        assertEquals("FY2021|DATE|2021", tagged("Sales will rise in FY2021.", DCT));
        assertEquals("fiscal 2020|DATE|2020", tagged("Costs rose in fiscal 2020.", DCT));
    }

    @Test
    void aDayCountedFromANamedDay() {
        assertEquals("two weeks from Friday|DATE|2020-07-31", tagged("The vote is two weeks from Friday.", DCT));
        assertEquals("three days after tomorrow|DATE|2020-07-20",
                tagged("The talks end three days after tomorrow.", DCT));
        // "the" counts one; "last" puts the weekday counted from before the publication date
        assertEquals("The day before last Tuesday|DATE|2020-07-13",
                tagged("The day before last Tuesday's hearing, the lawyers met.", DCT));
        assertEquals("the day after next Monday|DATE|2020-07-21",
                tagged("The vote is the day after next Monday.", DCT));
    }

    @Test
    void timesWithZonesAndTheDayBefore() {
        assertEquals("3 p.m. EST Monday|TIME|2020-07-13T15:00", tagged("Trading stopped at 3 p.m. EST Monday.", DCT));
        // TimeBank writes a zoned clock time without its offset, on the publication day when no day is named
        assertEquals("3 p.m. EST|TIME|2020-07-16T15:00", tagged("Trading stopped at 3 p.m. EST.", DCT));
        assertEquals("July 4|DATE|2020-07-04; The day before|DATE|2020-07-03",
                tagged("The parade was on July 4. The day before, it rained.", DCT));
    }

    @Test
    void hoursWithAPartOfTheDay() {
        assertEquals("July 4|DATE|2020-07-04; 4 in the morning|TIME|2020-07-04T04:00; midday|TIME|2020-07-04T12:00",
                tagged("On July 4, the fire started at 4 in the morning and was out by midday.", DCT));
        assertEquals("July 4|DATE|2020-07-04; 10 at night|TIME|2020-07-04T22:00; 7:30 in the evening|TIME|2020-07-04T19:30",
                tagged("On July 4, the shop shut at 10 at night, the bar at 7:30 in the evening.", DCT));
    }

    /**
     * TimeML marks a range's two ends; the last day of "May 3-5" (or "May 3 to 5") takes its month from
     * the first, and a year after the last day is the first day's too.
     */
    @Test
    void rangesOfDaysAndYears() {
        assertEquals("May 3|DATE|2021-05-03; 5, 2021|DATE|2021-05-05", tagged("The festival runs May 3-5, 2021.", DCT));
        assertEquals("Aug. 30|DATE|2020-08-30; 31|DATE|2020-08-31", tagged("The fair runs Aug. 30-31.", DCT));
        assertEquals("2010|DATE|2010; 2015|DATE|2015", tagged("Prices rose between 2010 and 2015.", DCT));
        assertEquals("March 12|DATE|2020-03-12", tagged("Scores ranged 12-5 on March 12.", DCT));
        assertEquals("May 3|DATE|2021-05-03; 5, 2021|DATE|2021-05-05",
                tagged("Talks ran between May 3 and 5, 2021, in Geneva.", DCT));
        assertEquals("Aug. 3|DATE|2020-08-03; 7|DATE|2020-08-07", tagged("Talks run from Aug. 3 through 7 in Geneva.", DCT));
        assertEquals("Aug. 3|DATE|2020-08-03; 5|DATE|2020-08-05", tagged("The fair runs Aug. 3 to 5.", DCT));
        // a count after "and" or "to" is no day: "5 people", "5 percent"
        assertEquals("Aug. 3|DATE|2020-08-03", tagged("On Aug. 3 and 5 people died.", DCT));
        assertEquals("Aug. 3|DATE|2020-08-03", tagged("Rates rose on Aug. 3 to 5 percent.", DCT));
    }

    /** A passive takes its tense from its auxiliary: "is heard" is no past, "was heard" is. */
    @Test
    void passiveTakesTheTenseOfItsAuxiliary() {
        assertEquals("September|DATE|2020-09", tagged("The appeal is heard in September by the full court.", DCT));
        assertEquals("September|DATE|2019-09", tagged("The appeal was heard in September by the full court.", DCT));
    }

    /** An adjective before a noun ("an unspecified date") is no past verb; before a date it may be one. */
    @Test
    void attributiveParticipleSaysNothingOfTense() {
        assertEquals("September|DATE|2020-09",
                tagged("The dividend goes out on a still unspecified date in September to holders of record.", DCT));
        assertEquals("Wednesday|DATE|2020-07-15", tagged("Shares rose after the market closed Wednesday.", DCT));
    }

    /** "quarter" in a compound ("quarter-century") or a fraction ("a quarter, of") is no quarter of a year. */
    @Test
    void quarterInCompoundsAndFractionsIsNoDate() {
        assertEquals("", tagged("Unemployment is a notch above its quarter-century low.", DCT));
        assertEquals("", tagged("The quarter-to-quarter comparison was hurt by charges.", DCT));
        assertEquals("", tagged("It wants to close 789, or about a quarter, of its dealers.", DCT));
        assertEquals("the quarter|DATE|2020-Q3", tagged("Sales rose 5% in the quarter.", DCT));
    }

    /** "The following month" counts from the last month the text named, even one named alone. */
    @Test
    void monthAnaphoraCountFromTheLastMonthNamed() {
        assertEquals("March|DATE|2020-03; The following month|DATE|2020-04",
                tagged("In March, the firm received an offer. The following month, it put itself up for sale.", DCT));
        assertEquals("May 3|DATE|2020-05-03; March|DATE|2020-03; the following month|DATE|2020-04",
                tagged("It opened on May 3. Talks had begun in March and ended the following month.", DCT));
    }

    /** "last Oct. 23" is the latest Oct. 23 before the article, "next March 3" the first after it. */
    @Test
    void dayWithLastOrNext() {
        assertEquals("last Oct. 23|DATE|2019-10-23", tagged("He was shot last Oct. 23 at his home.", DCT));
        assertEquals("last July 10|DATE|2020-07-10", tagged("He was shot last July 10 at his home.", DCT));
        assertEquals("last July 20|DATE|2019-07-20", tagged("He was shot last July 20 at his home.", DCT));
        assertEquals("next March 3|DATE|2021-03-03", tagged("The trial opens next March 3 in Ohio.", DCT));
    }

    /** The second decade of "the 70s and 80s" stands without "the" and is a decade all the same. */
    @Test
    void secondDecadeOfAPair() {
        assertEquals("the 70s|DATE|197; 80s|DATE|198", tagged("It rid Detroit of the boxy cars of the 70s and 80s.", DCT));
        assertEquals("the sixties|DATE|196; seventies|DATE|197", tagged("Prices rose in the sixties and seventies.", DCT));
        assertEquals("", tagged("Three 80s hits topped the list.", DCT));
    }

    /** A half of a decade is the decade with the half as its mod: TIMEX3 has no value for it. */
    @Test
    void halfOfADecade() {
        assertEquals("the last half of the '80s|DATE|198|END", tagged("Sales were flat in the last half of the '80s.", DCT));
        assertEquals("the first half of the 1990s|DATE|199|START",
                tagged("Sales rose in the first half of the 1990s.", DCT));
    }

    /** "Christmas week" is the ISO week holding the holiday, not the day. */
    @Test
    void holidayWeek() {
        assertEquals("Christmas week|DATE|2020-W52", tagged("Stores will stay open through Christmas week.", DCT));
        assertEquals("Christmas|DATE|2020-12-25", tagged("Stores will stay open through Christmas.", DCT));
    }

    /**
     * TimeML takes "later" for a signal: "three days later" is the duration "three days", and the day it
     * reaches is where the narrative goes on ("that day").
     */
    @Test
    void laterIsASignalAfterADuration() {
        assertEquals("July 4|DATE|2020-07-04; Three days|DURATION|P3D; that day|DATE|2020-07-07",
                tagged("The fire started on July 4. Three days later, it was out. Crews left that day.", DCT));
        assertEquals("A few days|DURATION|PXD", tagged("A few days later, the firm cut its forecast.", DCT));
        assertEquals("two years ago|DATE|2018", tagged("The plant closed two years ago.", DCT));
        // a delay against an undated plan: the day meant is the one told of, not three days after it
        assertEquals("November 11|DATE|2020-11-11; three days later|DATE|2020-11-11",
                tagged("It arrives on November 11, three days later than planned.", DCT));
        assertEquals("July 21|DATE|2020-07-21; four days later|DATE|2020-07-21",
                tagged("The ferry reaches the island on July 21, four days later than first planned.", DCT));
    }

    /** "this September" is the one of the publication year, even when the clause looks back. */
    @Test
    void thisMonthIsThePublicationYears() {
        LocalDate february = LocalDate.of(1998, 2, 5);
        assertEquals("this September|DATE|1998-09",
                tagged("Unemployment has risen, and the election couldn't have come at a worse time than this September.",
                        february));
        assertEquals("September|DATE|1997-09", tagged("Unemployment rose in September.", february));
    }

    /** TIMEX3 amounts are whole numbers, so a half is written in the next smaller unit. */
    @Test
    void durationsWithAHalf() {
        assertEquals("a minute and a half|DURATION|PT1M30S", tagged("It took a minute and a half.", DCT));
        assertEquals("two and a half years|DURATION|P2Y6M", tagged("The work took two and a half years.", DCT));
    }

    /** A part of the day named alone is a TIME on the day the narrative is at. */
    @Test
    void partOfTheDayAlone() {
        assertEquals("Tuesday|DATE|2020-07-14; morning|TIME|2020-07-14TMO",
                tagged("Shares fell on Tuesday, after a high in morning trading.", DCT));
        assertEquals("Friday|DATE|2020-07-10; the morning|TIME|2020-07-10TMO; mid afternoon|TIME|2020-07-10TAF|MID",
                tagged("Hopes were dashed Friday. Dealers bought in the morning and sold by mid afternoon.", DCT));
        assertEquals("", tagged("He read the morning paper on a good evening.", DCT));
    }

    /** "The same period last year" is the period just named, a year back: a month when a month was named. */
    @Test
    void samePeriodLastYearIsThePeriodJustNamed() {
        LocalDate march = LocalDate.of(2010, 3, 3);
        assertEquals("February|DATE|2010-02; the same period last year|DATE|2009-02",
                tagged("Sales rose 43% in February compared to the same period last year.", march));
        assertEquals("the third quarter|DATE|2009-Q3; the same period last year|DATE|2008-Q3",
                tagged("Profit rose in the third quarter from the same period last year.", LocalDate.of(2009, 10, 20)));
    }

    /** A day counted within an event is the day told of; a possessive stays out of the extent. */
    @Test
    void ordinalDayOfAnEvent() {
        assertEquals("the eighth day|DATE|2020-07-16", tagged("It is the eighth day of the strike.", DCT));
        assertEquals("July 10|DATE|2020-07-10; a second consecutive day|DATE|2020-07-10",
                tagged("On July 10, trading was halted for a second consecutive day.", DCT));
        assertEquals("first day|DATE|XXXX-XX-XX", tagged("He will act on his first day in office.", DCT));
    }

    /**
     * "the day after his death": a day counted from an undated event, which falls on the narrative's
     * day; set after a date by a comma the phrase is that date.
     */
    @Test
    void dayCountedFromAnEvent() {
        assertEquals("July 13|DATE|2020-07-13; the day|DATE|2020-07-14",
                tagged("He was shot on July 13. Two men showed up at his house the day after his death.", DCT));
        assertEquals("Friday|DATE|2020-07-10; the day|DATE|2020-07-09",
                tagged("The polls closed Friday. Rebels struck the day before the vote.", DCT));
        assertEquals("July 12|DATE|2020-07-12; the day|DATE|2020-07-12",
                tagged("Prices fell after July 12, the day before the plunge.", DCT));
    }

    /** "one day" after a modal is an unstated time ahead, not a length of one day. */
    @Test
    void oneDayAfterAModalLiesAhead() {
        assertEquals("one day|DATE|FUTURE_REF", tagged("Islam will one day be the second largest religion.", DCT));
        assertEquals("one day|DURATION|P1D", tagged("The strike lasted one day.", DCT));
    }

    /** "Now," opening a sentence is a connective, not the present; "For now," keeps its time. */
    @Test
    void nowOpeningASentenceIsAConnective() {
        assertEquals("", tagged("Iraq was ready to withdraw. Now, he says, it looks like the West wanted war.", DCT));
        assertEquals("", tagged("\"Now, lenders are in a quagmire,\" he said.", DCT));
        assertEquals("now|DATE|PRESENT_REF", tagged("For now, the State Department says, staff stay home.", DCT));
        assertEquals("Now|DATE|PRESENT_REF", tagged("Now the plant is closed.", DCT));
    }

    /** "the future of" something is its prospects, not a time. */
    @Test
    void futureOfSomethingIsNoTime() {
        assertEquals("", tagged("That is very important to the future of our peoples.", DCT));
        assertEquals("the future|DATE|FUTURE_REF", tagged("Prices will rise in the future.", DCT));
    }

    /** "single-day" and "single-week" measure one unit, as TimeML writes a duration. */
    @Test
    void singleUnitIsOneUnit() {
        assertEquals("Tuesday|DATE|2020-07-14; single-day|DURATION|P1D",
                tagged("Shares fell on Tuesday, the worst single-day decline.", DCT));
        assertEquals("single-week|DURATION|P1W", tagged("It was the biggest single-week gain.", DCT));
        assertEquals("", tagged("The bonds are rated single-A.", DCT));
    }

    /** A bare weekday after a verb in the simple present is a timetable, ahead; a verb of saying looks back. */
    @Test
    void weekdayAfterAPresentVerbLiesAhead() {
        assertEquals("Monday|DATE|2020-07-20",
                tagged("He and Palestinian leader Yasser Arafat meet separately Monday with the Secretary of State.", DCT));
        assertEquals("Monday|DATE|2020-07-13", tagged("He and Arafat met separately Monday with the Secretary of State.", DCT));
        assertEquals("Monday|DATE|2020-07-13", tagged("The president says Monday that talks failed.", DCT));
    }

    /** "that same day" is the narrative's day, as "that day" and "the same day" are. */
    @Test
    void thatSameDayIsTheNarrativesDay() {
        assertEquals("July 10|DATE|2020-07-10; that same day|DATE|2020-07-10",
                tagged("The plant closed on July 10. Its web site went down that same day.", DCT));
    }

    /** "an additional year", "an extra day": a count with an adjective of addition before its unit. */
    @Test
    void additionalUnitIsADuration() {
        assertEquals("an additional year|DURATION|P1Y", tagged("The loan may be extended for an additional year.", DCT));
        assertEquals("two extra days|DURATION|P2D", tagged("The talks ran two extra days.", DCT));
    }

    /** "several quarters of losses" is a stretch of quarters: a vague amount makes no fraction. */
    @Test
    void severalQuartersOfIsNoFraction() {
        assertEquals("several quarters|DURATION|PXQ", tagged("It turned a profit after several quarters of losses.", DCT));
        assertEquals("", tagged("It sold three quarters of its stores.", DCT));
    }

    /** A year after "pre-" or "post-" ("the post-1959 politics") is that year, prefix in the extent. */
    @Test
    void yearAfterPreOrPost() {
        assertEquals("post-1959|DATE|1959", tagged("The post-1959 politics split families.", DCT));
        assertEquals("pre-1990|DATE|1990", tagged("Prices returned to pre-1990 levels.", DCT));
    }

    /** "the second and fourth quarters": the first ordinal of a pair is a quarter of its own. */
    @Test
    void firstOfAPairOfQuarters() {
        assertEquals("second|SET|XXXX-Q2; fourth quarters|SET|XXXX-Q4",
                tagged("Most sales come in the second and fourth quarters.", DCT));
        assertEquals("", tagged("He came second and fourth in two races.", DCT));
    }

    /** "the then current price" was current at a time told of, before the report. */
    @Test
    void thenCurrentLooksBack() {
        assertEquals("then current|DATE|PAST_REF", tagged("Holders may buy shares at half the then current price.", DCT));
        assertEquals("then-current|DATE|PAST_REF", tagged("He met the then-current chairman.", DCT));
        assertEquals("current|DATE|PRESENT_REF", tagged("Holders may buy shares at the current price.", DCT));
    }
}
