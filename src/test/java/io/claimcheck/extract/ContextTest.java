package io.claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a figure is about, when it holds and who says so, on sentences written for these tests. */
class ContextTest {

    static final ClaimExtractor ENGINE = new ClaimExtractor(Lexicon.english());
    static final LocalDate REF = LocalDate.of(2025, 9, 11);

    static Claim claim(String text, String span) {
        List<Claim> claims = ENGINE.extract(text, "body", REF);
        return claims.stream().filter(c -> c.text().equals(span)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim '" + span + "' in " + claims.stream().map(Claim::text).toList()));
    }

    @Test
    void readsTheSeedSentenceLikeAFactChecker() {
        String text = "According to official data, China is home to over 4,500 AI-related enterprises by May, "
                + "with the core AI industry valued at nearly 600 billion yuan.";
        Claim count = claim(text, "over 4,500");
        assertEquals("AI-related enterprises", count.about());
        assertEquals("China", count.subject());
        assertEquals("2025-05", count.time().value());
        assertEquals("official data", count.attribution().source());
        assertEquals("official_statistics", count.attribution().kind());
        Claim money = claim(text, "nearly 600 billion yuan");
        assertTrue(money.about().contains("core AI industry"), money.about());
        assertEquals("2025-05", money.time().value(), "the sentence's time reaches its later claims");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Exports rose 4% last year.|4%|2024",
        "Output fell 3 percent in the first quarter.|3 percent|2025-Q1",
        "The fund has grown by 40 percent since 2020.|40 percent|2020/2025",
        "Sales doubled over the past five years.|doubled|2020/2025",
        "As of June 30, the agency had 1,200 staff.|1,200|2025-06-30",
        "In 2023, the firm sold 8,000 cars.|8,000|2023",
        "The plant reopened on Monday with 300 workers.|300|2025-09-08",
        "The board met on Thursday and approved 45 new posts.|45|2025-09-11",
        "Police said on Friday that 12 people were hurt.|12|2025-09-05",
        "The company hired 120 people yesterday.|120|2025-09-10",
        // a named day of the calendar is not last week's weekday: the story's own date stands
        "Black Friday takings rose 3.4% online.|3.4%|2025-09-11",
        "Ferries carried 9,000 people over Good Friday.|9,000|2025-09-11",
        // a period that closes with a month: the latest such month before the story's
        "Exports grew 4% in the year to March.|4%|2024-04/2025-03",
        "Profits doubled in the six months to September.|doubled|2024-04/2024-09",
        "Prices rose 2.2% in the 12 months to August.|2.2%|2024-09/2025-08",
        "Sales rose 4% in the financial year to March 2025.|4%|2024-04/2025-03",
        "Output grew 1.1% between January and March.|1.1%|2025-01/2025-03",
        "Orders fell 2% between November and February.|2%|2024-11/2025-02",
        "Revenue grew 8% in FY2023.|8%|2023",
        "Revenue grew 8% in FY24.|8%|2024",
        // a day before its month, and a span of years
        "On 3 June 2025, 1,200 people marched.|1,200|2025-06-03",
        "From 2019 to 2023, emissions fell 12%.|12%|2019/2023",
        "Between 2010 and 2020 the population grew by 7.1%.|7.1%|2010/2020",
        // a span of years: a fiscal or seasonal year, but not a baseline the figure is set against
        "India's GDP grew 8.2% in 2023-24.|8.2%|2023/2024",
        "The deficit was £5bn in the 2023/24 financial year.|£5bn|2023/2024",
        "Sea ice extent was 14% below the 1981-2010 average.|14%|2025-09-11",
        // a month with no year: in a report, the one before unless the next is near; the nearest where time to come is spoken of
        "He admitted 14 counts of fraud in December.|14|2024-12",
        "The vote will be held in December, with 300 seats at stake.|300|2025-12",
        "Shares rose 4% on August 5.|4%|2025-08-05",
        // a quarter with no year: the latest that has begun
        "Sales were up 6% in Q3.|6%|2025-Q3",
        "The firm forecast third-quarter revenue of $37.5 billion.|$37.5 billion|2025-Q3",
        "Sales fell 2% in Q3 2024.|2%|2024-Q3",
        // a half of the year, and a week from Monday to Sunday
        "Profits rose 12% in the first half.|12%|2025-01/2025-06",
        "Revenue grew 8% in H1 2024.|8%|2024-01/2024-06",
        "Sales fell 3% in the second half of 2023.|3%|2023-07/2023-12",
        "Sales rose 4% last week.|4%|2025-09-01/2025-09-07",
        "Sales were up 6% in Q4.|6%|2024-Q4",
        // the time a record is counted from is not the period of the figure
        "Turnout was 59.7 per cent, the lowest since 2001.|59.7 per cent|2025-09-11",
        "Profits rose 12%, the fastest growth since January.|12%|2025-09-11",
        "The fund has grown 40 percent since January.|40 percent|2025-01",
    })
    void resolvesTimeAgainstThePublicationDate(String text, String span, String value) {
        assertEquals(value, claim(text, span).time().value());
    }

    @Test
    void aMonthTheLeadPutsTheStoryInIsThePeriodOfItsLaterFigures() {
        String text = "Home sales rose for a fourth month in August, an industry group said on Thursday.\n\n"
                + "Prices climbed 0.8%, taking the median home to $420,000.";
        assertEquals("2025-08", claim(text, "0.8%").time().value());
        // a starting point in the lead is no period, and neither is a month after the story's own
        assertEquals("2025-09-11", claim("Sales have grown since January, the group said on Thursday.\n\n"
                + "Prices climbed 0.8% over the year.", "0.8%").time().value());
    }

    @Test
    void aLineOfAListIsAParagraphOfItsOwn() {
        String text = "Key figures:\n\n- Tax threshold frozen at £12,570 until 2028\n- Defence spending up £2.2bn";
        assertEquals("2028", claim(text, "£12,570").time().value());
        assertEquals("2025-09-11", claim(text, "£2.2bn").time().value(), "the time of the line before is not carried");
    }

    @Test
    void neverReadsTheClock() {
        Claim c = ENGINE.extract("Exports rose 4% last year.", "body", null).get(0);
        assertEquals("last year", c.time().text());
        assertNull(c.time().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Zhang said the plant employs 300 people.|300|Zhang|person",
        "The Bureau of Labor Statistics reported that payrolls rose by 150,000 in March.|150,000|The Bureau of Labor Statistics|official_statistics",
        "A report by the World Bank found that 700 million people live in extreme poverty.|700 million|the World Bank|study",
        "The World Bank said 700 million people live in extreme poverty.|700 million|The World Bank|organisation",
        "Data from Eurostat show unemployment at 6.1 percent.|6.1 percent|Eurostat|official_statistics",
        // the day of a release stands between its source and the verb
        "Figures published by Eurostat on Friday show unemployment at 6.1%.|6.1%|Eurostat|official_statistics",
        "\"VAT stays at 20%,\" the chancellor told MPs.|20%|the chancellor|person",
        "The company has 4,000 staff, the Daily Herald reported.|4,000|the Daily Herald|media",
        "\"We flooded 1,300 homes this winter,\" said council leader Priya Shah.|1,300|Priya Shah|person",
        // an acronym that spells a pronoun is a name; a company named by its kind is a source
        "The WHO said 40 million people were treated.|40 million|The WHO|organisation",
        "In a filing, the airline said it carried 9 million passengers.|9 million|the airline|organisation",
        "The IMF forecasts growth of 2.9% next year.|2.9%|The IMF|organisation",
        "Economists expect the jobless rate to reach 5%.|5%|Economists|person",
    })
    void findsWhoTheTextCites(String text, String span, String source, String kind) {
        Attribution a = claim(text, span).attribution();
        assertNotNull(a, "attributed");
        assertTrue(a.source().contains(source.replace("the ", "")), a.source());
        assertEquals(kind, a.kind());
    }

    @Test
    void agesInAListBelongToThePeopleBeforeAged() {
        String text = "The family has three children, aged 4, 7 and 10.";
        assertEquals("age of children", claim(text, "4").about());
        assertEquals("age of children", claim(text, "10").about());
        assertEquals("age of Pupils", claim("Pupils aged 11 sat the test.", "11").about());
    }

    @Test
    void aTotalOrAverageIsNotWhatTheFigureIsAbout() {
        assertEquals("costs", claim("The firm cut costs by a total of $2m.", "$2m").about());
        assertEquals("Wages", claim("Wages rose an average of 4.1%.", "4.1%").about());
    }

    @Test
    void wordsAfterTheArticleOfAChangeDescribeTheFigureNotWhatItIsAbout() {
        assertEquals("Copper prices", claim("Copper prices fell a record 0.8%.", "0.8%").about());
        assertEquals("Home sales", claim("Home sales rose a seasonally adjusted 0.7%.", "0.7%").about());
    }

    @Test
    void aShareOfACountedWholeIsAboutWhatIsCounted() {
        assertEquals("firms", claim("Some 60 per cent of the 1,000 firms surveyed plan to raise prices.", "Some 60 per cent").about());
        assertEquals("workers", claim("Half of the 400 workers are on short-term contracts.", "Half").about());
    }

    @Test
    void aLabelWithAYearInBracketsIsWhatAFactBoxFigureIsAbout() {
        assertEquals("Revenue", claim("At a glance\nEmployees: 181,000\nRevenue (2023): $307.4bn", "$307.4bn").about());
    }

    @Test
    void aClauseAfterButOrWhileNamesItsOwnSource() {
        String text = "The minister said 3,000 new nurses would be hired, but unions say at least 10,000 are needed.";
        assertEquals("The minister", claim(text, "3,000").attribution().source());
        assertEquals("unions", claim(text, "at least 10,000").attribution().source());
        String crowd = "Police said 200 people attended, while organisers said the crowd was 5,000 strong.";
        assertEquals("Police", claim(crowd, "200").attribution().source());
        assertEquals("organisers", claim(crowd, "5,000").attribution().source());
    }

    @Test
    void aSourceStopsAtTheFigureBeforeIt() {
        String text = "Revenue came to 8.4 billion euros, short of the 8.9 billion analysts had forecast.";
        assertEquals("analysts", claim(text, "8.4 billion euros").attribution().source());
        assertEquals("The chipmaker", claim("The chipmaker said on Wednesday that revenue rose 94%.", "94%").attribution().source());
    }

    @Test
    void aFigureInARelativeClauseIsAboutWhatTheClauseDescribes() {
        assertEquals("shares", claim("Its shares, which have almost tripled this year, slipped 2.5%.", "almost tripled").about());
        assertEquals("The striker", claim("The striker, who is 6ft 2in, joined from Lyon.", "6ft 2in").about());
        assertEquals("The bank", claim("The bank, which lost $4bn last year, cut 900 jobs.", "$4bn").about());
    }

    @Test
    void aLevelReachedAfterAVerbIsAboutTheVerbsSubject() {
        assertEquals("Sterling", claim("Sterling was little changed at $1.3240 after the data.", "$1.3240").about());
        assertEquals("Inflation", claim("Inflation peaked at 11.1% in October 2022.", "11.1%").about());
        assertEquals("Oil", claim("Oil settled at $79.41 a barrel.", "$79.41").about());
    }

    @Test
    void aNounAfterAPrepositionBelongsToTheNounBeforeIt() {
        assertEquals("Sales of new cars in Europe", claim("Sales of new cars in Europe fell 6.1% in August.", "6.1%").about());
        assertEquals("earnings for nurses", claim("Average weekly earnings for nurses were £728.", "£728").about());
        assertEquals("Inflation in Argentina", claim("Inflation in Argentina reached 200%.", "200%").about());
    }

    @Test
    void aSecondFigureOfTheSameChangeIsAboutTheSameThing() {
        assertEquals("Prices", claim("Prices rose 0.4% m/m and 3.8% y/y in May.", "3.8%").about());
        assertEquals("Revenue", claim("Revenue jumped 112% from a year earlier to $30.8 billion.", "$30.8 billion").about());
    }

    @Test
    void aRecordIsAboutWhatSetIt() {
        assertEquals("The order backlog", claim("The order backlog hit a record €68bn.", "€68bn").about());
        assertEquals("Nickel", claim("Nickel reached a new record $48,000 a tonne.", "$48,000").about());
    }

    @Test
    void aFigureTakenOffSomethingIsAboutWhatItWasTakenFrom() {
        assertEquals("output", claim("The recession wiped 4% off output.", "4%").about());
        assertEquals("company's market value", claim("The sell-off knocked $50bn off the company's market value.", "$50bn").about());
    }

    @Test
    void aChangeIsAboutWhatItIsInAndAPrepositionEndsTheNoun() {
        assertEquals("sales", claim("The chain reported a 2.8% rise in sales.", "2.8% rise").about());
        assertEquals("road deaths", claim("Officials recorded a 12% fall in road deaths.", "12% fall").about());
        assertEquals("volunteers", claim("The study recruited 4,000 volunteers across 30 sites.", "4,000").about());
    }

    @Test
    void aShareReportedAfterThatIsAboutThePeopleItSharesOut() {
        assertEquals("adults", claim("A survey found that 1 in 5 adults has no savings.", "1 in 5").about());
    }

    @Test
    void aVerbFormInSBeforeAChangeVerbIsTheSubjectsNoun() {
        assertEquals("Bond yields", claim("Bond yields fell 0.2%.", "0.2%").about());
        assertEquals("Cyber attacks", claim("Cyber attacks rose by 38 per cent.", "38 per cent").about());
        assertEquals("growth", claim("The bank expects growth of 1.6% this year.", "1.6%").about());
    }

    @Test
    void aNameWithACapitalisedCueAndAnAbbreviationIsOneSource() {
        String text = "The quake struck at a depth of 35 kilometres, the United States Geological Survey (USGS) reported.";
        assertEquals("the United States Geological Survey", claim(text, "35 kilometres").attribution().source());
    }

    @Test
    void anOrganisationNamedWithForOrAndIsOneSource() {
        assertEquals("The Office for National Statistics",
                claim("The Office for National Statistics said output rose 0.6%.", "0.6%").attribution().source());
        assertEquals("the Institute for Fiscal Studies",
                claim("Spending fell 2%, the Institute for Fiscal Studies said.", "2%").attribution().source());
        assertEquals("the Centers for Disease Control and Prevention",
                claim("Cases rose to 1,200, according to the Centers for Disease Control and Prevention.", "1,200").attribution().source());
    }

    @Test
    void onlyAQuotationWaitsForItsSpeakerInTheNextSentence() {
        String text = "The city grew to 1.3 million. Most residents use buses, a survey by the university found.";
        assertNull(claim(text, "1.3 million").attribution());
        String quoted = "\"We carried 1.3 million riders.\" The figure was confirmed, Ana Ruiz said.";
        assertEquals("Ana Ruiz", claim(quoted, "1.3 million").attribution().source());
    }

    @Test
    void aFourDigitClockTimeBeforeAZoneIsNoYear() {
        Claim c = ENGINE.extract("The quake hit at 1542 UTC at a depth of 35 km.", "body", java.time.LocalDate.of(2025, 6, 3)).get(0);
        assertEquals("35 km", c.text());
        assertEquals("2025-06-03", c.time().value());
    }

    @Test
    void aDayBeforeTheSourceIsNotPartOfIt() {
        assertEquals("police", claim("On Monday police said five people had died.", "five").attribution().source());
        assertEquals("age of Corazon Aquino", claim("Corazon Aquino died in 2009 at the age of 76.", "76").about());
    }

    @Test
    void aHalfOfAMatchIsNoHalfOfTheYear() {
        String text = "Neither side scored in the first half, and Sweden won 1 – 0 with a goal after the break.";
        TimeRef time = claim(text, "1 – 0").time();
        assertTrue(time == null || time.value() == null || !time.value().contains("/"), String.valueOf(time));
    }

    @Test
    void aSentenceAfterAQuotationIsNotTheSpeakers() {
        String text = "\"The age of AI is here,\" chief executive Ana Ruiz said. The shares, which have nearly tripled this year, slipped 2.5%.";
        assertEquals("chief executive Ana Ruiz", claim("\"We sold 300 units,\" chief executive Ana Ruiz said.", "300").attribution().source());
        assertNull(claim(text, "2.5%").attribution());
        String quoted = "Sales rose 5%, the company said.\n\n\"We hired 200 people. We will hire 100 more.\"\n\nCosts fell 3%.";
        assertEquals("the company", claim(quoted, "100").attribution().source(), "inside the quotation: the speaker before");
    }

    @Test
    void withoutAPublicationDateADatelineDatesTheStory() {
        String text = "Monday, May 10, 2010\n\nMore than 50 million people are registered to vote today.";
        assertEquals("2010-05-10", ENGINE.extract(text, "body", null).get(0).time().value());
        String story = "On May 10, 2010 the firm sold 40 shops.\n\nIt kept 12 others.";
        assertNull(ENGINE.extract(story, "body", null).get(1).time(), "a date inside the story is not the story's date");
    }

    @Test
    void aCountIsAboutTheNounAfterMoreOrAHyphen() {
        assertEquals("shuttle flights", claim("NASA plans two more shuttle flights.", "two").about());
        assertEquals("member crew", claim("The six-member crew returned.", "six").about());
    }

    @Test
    void aQuotationParagraphContinuesItsSpeaker() {
        String text = "\"We sold 40,000 tickets in a day,\" said Maria Okafor, the festival's director.\n\n"
                + "\"Another 5,000 are held back for local schools.\"";
        assertEquals("Maria Okafor", claim(text, "40,000").attribution().source());
        assertEquals("Maria Okafor", claim(text, "5,000").attribution().source());
    }

    @Test
    void aPronounAfterARoleAndANameIsThatPerson() {
        String text = "\"We cannot keep bailing out,\" said council leader Priya Shah. She added that claims had tripled since 2015.";
        assertEquals("Priya Shah", claim(text, "tripled").attribution().source());
    }

    @Test
    void wordsInsideAQuotationAreNotItsSource() {
        String text = "The mayor added, \"Even the auditor stated as much: we lose 18 percent of our water.\"";
        assertTrue(claim(text, "18 percent").attribution().source().contains("mayor"));
    }

    @Test
    void pronounsTakeTheLastNamedPerson() {
        String text = "Professor Lena Hart led the survey.\n\n\"Children get about half of what they need,\" she said.";
        assertEquals("Professor Lena Hart", claim(text, "about half").attribution().source());
    }

    @Test
    void interviewsAttributeQuestionsAndAnswers() {
        String text = "Photo of interviewee Ana Ruiz. Image: Ana Ruiz.\n\n"
                + "Storms like this one have reached 250 km/h before. Will it weaken over land?\n\n"
                + "Yes. It will fall below 120 km/h within a day.";
        List<Claim> claims = new ClaimExtractor(Lexicon.english()).extract(text, "body", REF, 100,
                "Daily Planet interviews storm experts", null);
        Claim q = claims.stream().filter(c -> c.text().equals("250 km/h")).findFirst().orElseThrow();
        Claim a = claims.stream().filter(c -> c.text().equals("below 120 km/h")).findFirst().orElseThrow();
        assertEquals("Planet (question)", q.attribution().source());
        assertEquals("Ana Ruiz (interviewed expert)", a.attribution().source());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "The U.S. economy added 150,000 jobs. Wages rose 0.3 percent.|150,000|The U.S. economy added 150,000 jobs.",
        "Acme Inc. sold 2.5 million units. Shares rose.|2.5 million|Acme Inc. sold 2.5 million units.",
        "It ranked No. 2 in the region. Costs fell.|No. 2|It ranked No. 2 in the region.",
        "WASHINGTON, May 5\\nThe bill costs $4 billion.|$4 billion|The bill costs $4 billion.",
    })
    void sentencesSurviveNewsText(String text, String span, String sentence) {
        assertEquals(sentence, claim(text.replace("\\n", "\n"), span).sentence());
    }

    @Test
    void aboutLooksBothWays() {
        assertTrue(claim("There are enterprises numbering 4,500 in the zone.", "4,500").about().contains("enterprises"));
        assertTrue(claim("Services made up a share of 18 percent of GDP.", "18 percent").about().contains("GDP"));
        assertTrue(claim("The industry was valued at nearly 600 billion yuan.", "nearly 600 billion yuan").about().contains("industry"));
    }

    @Test
    void anAmountOfSomethingIsAboutWhatItIsOf() {
        assertEquals("forest", claim("About 8,000 hectares of forest were lost.", "About 8,000 hectares").about());
        assertEquals("public money", claim("The council spent £5m of public money.", "£5m").about());
        assertEquals("jurors", claim("Ten of the 12 jurors voted to convict.", "Ten").about());
    }

    @Test
    void aFigureAfterAnotherIsNotAboutTheOtherOnesUnit() {
        assertEquals("Revenue", claim("Revenue increased 8 percent to $4.2 billion.", "$4.2 billion").about());
        assertEquals("pipeline", claim("The 3,500-mile pipeline will carry 800,000 barrels a day.", "800,000 barrels a day").about());
        assertEquals("chief executive", claim("The 45-year-old chief executive earned $12.5 million.", "$12.5 million").about());
        assertEquals("The S&P", claim("The S&P 500 fell 1.2% on Monday.", "1.2%").about());
    }

    @Test
    void anAgeInCommasIsThePersonsBeforeIt() {
        assertEquals("age of The nominee", claim("The nominee, 61, will run the department.", "61").about());
        assertEquals("age of The victims", claim("The victims, aged 19, 7, and 31, were named.", "7").about());
    }

    @Test
    void aQuotedShareIsOfWhatFollowsTheQuotationMark() {
        assertEquals("administrative costs", claim("She would cut \"at least 10 percent\" of administrative costs.",
                "at least 10 percent").about());
    }

    @Test
    void aFigureAfterALabelAndAColonIsAboutTheLabel() {
        assertEquals("Net income", claim("Net income: $610m, down 3%", "$610m").about());
    }

    @Test
    void withNothingElseAFigureIsAboutWhatTheSentenceOpensWith() {
        assertEquals("Deaths", claim("Deaths fell slightly, to about 107,500.", "about 107,500").about());
    }

    @Test
    void aFigureIsAboutWhatAPeriodIsOfNotThePeriod() {
        assertEquals("Sales", claim("Sales in the third quarter fell 5%.", "5%").about());
    }

    @Test
    void spendingIsANounAndGrowthOfAFigureIsWhatItMeasures() {
        assertEquals("Household spending", claim("Household spending rose 0.5% in the quarter.", "0.5%").about());
        assertEquals("growth", claim("Economists had expected growth of 0.2% for the quarter.", "0.2%").about());
    }

    @Test
    void aStatementSpeaksForWhoeverIssuedIt() {
        String text = "The senator's statement added, \"The decision is wrong. It hurts the 4,000 workers at the site.\"";
        assertEquals("The senator's statement", claim(text, "4,000").attribution().source());
    }

    @Test
    void aFigureAfterAnAgeIsAboutThePersonNotTheAge() {
        assertEquals("35-year-old", claim("The 35-year-old was fined $500 on Monday.", "$500").about());
    }

    @Test
    void aPriceIsAboutWhatIsPricedNotItsUnit() {
        assertEquals("Gold", claim("Gold rose 1.1% to $2,345.60 an ounce.", "$2,345.60").about());
    }
}
