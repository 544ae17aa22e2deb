-- Issue 15: corrections to the curated data of V2, each decided by the articles in shared/seeds/ alone.
-- The reasons are in docs/DATA.md ("Corrections (V5)"). Portable SQL (H2 2.x and PostgreSQL 15).

-- 1. Scare-quoted terms and names are not statements: "objective criteria" (000, the U.S. position, spoken by no
--    one; the invented speaker "United States (negotiating position)"), "America First" (003, the name of Trump's
--    campaign platform), "free, fair and reciprocal" (004, "what the two sides call" the negotiations). Their content
--    stays in meeting 2's outcome, in statement 51's context and in meeting 24's outcome.
DELETE FROM statement WHERE id IN (6, 22, 30);

-- 2. Speaker descriptions in the articles' own words.
UPDATE statement SET speaker_description = 'The two countries, in a joint statement' WHERE id = 16;
UPDATE statement SET speaker_description = 'Tuesday’s joint statement' WHERE id = 19;
UPDATE statement SET speaker_description = 'The US Trade Representative’s office, in a statement' WHERE id IN (27, 28, 29);

-- 3. Reported speech: what officials (named or not) are reported to have said without quotation marks. The text is
--    the article's own wording of what was said, copied exactly; kind PARAPHRASE marks it as not the speaker's words.
INSERT INTO statement (id, kind, quote, speaker_id, speaker_description, said_on, said_precision, meeting_id, source_id, context) VALUES
    -- 000 (May 1994; its "Monday" is not datable to the day, see source 1)
    (31, 'PARAPHRASE', 'The United States and Japan will open exploratory trade talks Thursday in a drive to end their negotiating stalemate and strike a new economic deal', 1, NULL, DATE '1994-05-01', 'MONTH', 1, 1, 'Kantor "said Monday", announcing the exploratory talks.'),
    (32, 'PARAPHRASE', 'Japan’s delegation would stay three or four days', NULL, 'A senior Administration official', DATE '1994-05-01', 'MONTH', 1, 1, 'The same official who "requested anonymity", on the exploratory talks.'),
    (33, 'PARAPHRASE', 'he would send vice ministers to probe the possibilities', 2, NULL, DATE '1994-05-01', 'MONTH', 1, 1, 'Hata (article: "Japanese International Trade and Industry Minister Eijiro Hata") on the exploratory talks.'),
    (34, 'PARAPHRASE', 'he would like to come in person to break the impasse', 3, NULL, DATE '1994-05-01', 'MONTH', 4, 1, 'Kakizawa telephoned Kantor and said so, "official sources said"; Kantor was reportedly receptive.'),
    (35, 'PARAPHRASE', 'there is absolutely no U.S. strategy of suppressing the dollar against the Japanese yen', 5, NULL, DATE '1994-05-01', 'MONTH', NULL, 1, 'Rubin (article: "President Clinton’s top economic adviser, Robert E. Rubin") "insisted again Monday", as financial markets believed the White House would try to "talk up" the yen.'),
    (36, 'PARAPHRASE', 'the President still wants a strong deal in line with last year’s so-called framework accord', 5, NULL, DATE '1994-05-01', 'MONTH', NULL, 1, 'Rubin, "despite reports that Clinton has toned down his demands from Japan". "Last year’s so-called framework accord" is the U.S.–Japan framework agreement of 1993, which the stalled "negotiations" are held under.'),
    -- 001
    (37, 'PARAPHRASE', 'the close cooperation between the United States and Japan will provide support for the development of the Biden administration’s “Indo-Pacific Economic Framework”, and will also help build a sustainable, inclusive and economic framework', 6, NULL, DATE '2021-11-12', 'DAY', 7, 2, 'After the talks of the 12th, Tai (article: "Dai Qi") "emphasized on the significance of the Japan-US trade cooperation framework"; machine-translated wording kept as printed.'),
    -- 002 (published 14 Apr 2018)
    (38, 'PARAPHRASE', 'they wanted to put U.S. steel tariffs on the agenda for the talks and discuss what the two countries could do next together', NULL, 'Chinese diplomats', DATE '2018-04-01', 'MONTH', 14, 3, 'Chinese diplomats told their Japanese counterparts "earlier this month", according to sources close to bilateral relations who spoke Friday.'),
    (39, 'PARAPHRASE', 'the United States might rejoin the landmark TPP, but only if it offered “substantially better” terms than those provided after previous negotiations', 9, NULL, DATE '2018-04-12', 'DAY', NULL, 3, 'Trump "unexpectedly indicated on Thursday".'),
    (40, 'PARAPHRASE', 'the United States was working to make a deal with Japan', 9, NULL, DATE '2018-04-12', 'DAY', NULL, 3, 'Trump "tweeted late on Thursday", adding that Japan was one “who has hit us hard on trade for years!” (statement 12).'),
    (41, 'PARAPHRASE', 'Abe wanted Motegi to accompany him to the U.S. to address trade issues, though this would depend on the situation in the Diet', NULL, 'A senior government official', DATE '2018-04-01', 'MONTH', 16, 3, 'A senior (Japanese) government official who "did not confirm the media report" of Abe’s proposal for a new framework; day not given.'),
    -- 003 (18 Apr 2017)
    (42, 'PARAPHRASE', 'formal negotiations on such a move are possible', 20, NULL, DATE '2017-04-18', 'DAY', 19, 4, 'Pence "officially opened the door to a bilateral free trade agreement with Japan, saying" so.'),
    (43, 'PARAPHRASE', 'the Trump administration will also review and restyle a 5-year-old free trade agreement with South Korea', 20, NULL, DATE '2017-04-18', 'DAY', 23, 4, 'Pence, "earlier Tuesday".'),
    (44, 'PARAPHRASE', 'there was a chance that they might formally launch such negotiations based on what they will have established under the current framework', 20, NULL, DATE '2017-04-18', 'DAY', 19, 4, 'Pence, asked whether Japan and the U.S. are moving toward deepening the economic dialogue into a bilateral free trade agreement.'),
    (45, 'PARAPHRASE', 'Tokyo accounts for a much smaller portion of America’s deficit than in the past, while the imbalance with China is much bigger', NULL, 'Japanese officials', DATE '2017-04-01', 'MONTH', NULL, 4, 'Japanese officials "have countered" the Trump administration’s aim to reduce U.S. trade deficits; not dated beyond the article’s month.'),
    (46, 'PARAPHRASE', 'Japan keeps its currency artificially low', 9, NULL, DATE '2017-01-01', 'YEAR', NULL, 4, 'Trump "has complained"; undated in the article, so its year. A Treasury Department report "last week" did not label Japan a currency manipulator.'),
    (47, 'PARAPHRASE', 'the U.S. dollar is getting too strong against major currencies', 9, NULL, DATE '2017-04-01', 'MONTH', NULL, 4, 'Trump "also said last week" (the week before 18 Apr 2017; day not given).'),
    (48, 'PARAPHRASE', 'the currency topic was not raised', NULL, 'Japanese officials who attended the talks', DATE '2017-04-18', 'DAY', 19, 4, 'On the first round of the economic dialogue.'),
    (49, 'PARAPHRASE', 'the bilateral economic talks are aimed at creating trade and investment rules that will spread globally', 21, NULL, DATE '2017-04-18', 'DAY', 19, 4, 'Aso "added", after calling the talks a “new page” (statement 17).'),
    (50, 'PARAPHRASE', 'Aso mentioned as potential areas of cooperation was high-speed railways and energy.', 21, NULL, DATE '2017-04-18', 'DAY', 19, 4, 'The article’s whole sentence, ungrammatical as printed: Aso named high-speed railways and energy as potential areas of cooperation. A suggestion, not something the two sides agreed (see meeting 19).'),
    (51, 'PARAPHRASE', 'he would boost U.S. manufacturing jobs and shrink the country’s trade deficit with countries like Japan', 9, NULL, DATE '2016-01-01', 'YEAR', NULL, 4, 'Trump "campaigned for office on an “America First” platform, saying" so (the 2016 campaign; “America First” is the platform’s name, not a statement).'),
    -- 004 ("Friday" = 10 Aug 2018)
    (52, 'PARAPHRASE', 'he had had productive trade talks with US Trade Representative Robert Lighthizer and that they planned to meet again next month', 18, NULL, DATE '2018-08-10', 'DAY', 24, 5, 'Motegi "on Friday said".'),
    (53, 'PARAPHRASE', 'Both acknowledged the importance of expanding trade between the two nations', 18, NULL, DATE '2018-08-10', 'DAY', 24, 5, 'Motegi ("he said") on himself and Lighthizer.'),
    (54, 'PARAPHRASE', 'he and Lighthizer had exchanged views on individual trade areas, but nothing had been decided', 18, NULL, DATE '2018-08-10', 'DAY', 24, 5, 'Motegi "also said".'),
    (55, 'PARAPHRASE', 'the two sides had “frank discussions” on their respective views about trade and investment, and achieved a better understanding of each other’s positions', NULL, 'The US Trade Representative’s office, in a statement', DATE '2018-08-01', 'MONTH', 24, 5, 'USTR statement after the talks; its day is not given. “frank discussions” is also stored as the office’s own words (statement 27).'),
    (56, 'PARAPHRASE', 'The next round of “consultations” would be held sometime in September', NULL, 'The US Trade Representative’s office, in a statement', DATE '2018-08-01', 'MONTH', 24, 5, 'USTR statement ("it said"); the next round is meeting 25.'),
    (57, 'PARAPHRASE', 'Japan’s US$69 billion trade surplus with the US and the inability of US car makers to sell significant volumes in Japan', 9, NULL, DATE '2018-01-01', 'YEAR', NULL, 5, 'What Trump "has complained about"; undated in the article, so its year.');

-- 4. Meeting 12: 001 says the Biden administration "only began negotiations with Japan 10 months after it took office":
--    by the article they had begun. HELD means they took place (here: are under way), not that they concluded.
UPDATE meeting SET status = 'HELD',
    note = 'Agreed on 15 Nov 2021 at the Raimondo–Hagiuda talks (Nikkei: "agreed to start negotiations on the 15th"); the article says the Biden administration "only began negotiations with Japan 10 months after it took office", so they had begun by the article (19 Nov 2021): HELD, under way rather than concluded. Negotiators not named.'
    WHERE id = 12;

-- 5. Meeting 19: the two sides agreed on trade rules, investment rules, policies and cooperation in sectors that can
--    benefit both "such as increasing jobs"; high-speed railways and energy are what Aso mentioned (statement 50).
UPDATE meeting SET outcome = 'Pence and Aso agreed to seek draft bilateral trade rules in coming talks; the two countries also agreed to work on investment rules and economic and structural policies and to seek cooperation in sectors that can benefit both sides, such as increasing jobs (Aso mentioned high-speed railways and energy as potential areas of cooperation). The joint statement says the dialogue should generate concrete results in the near term. Pence said formal FTA negotiations are possible; the currency topic was not raised.'
    WHERE id = 19;

-- 6. Meeting 1: the "framework" negotiations the exploratory talks try to resume are those of "last year’s so-called
--    framework accord" (Rubin, statement 36); docs/DATA.md said this was in a note, and it was not.
UPDATE meeting SET note = 'Announced by Kantor on a Monday for "Thursday" (May 1994; day not determinable because the article is undated). Japan''s delegation, expected to include the vice-ministers of foreign affairs and trade sent by MITI minister Hata, would stay three or four days; venue implied to be Washington but not stated. Follows last week''s agreement to try to find a way to resume the stalled negotiations, which are held under "last year’s so-called framework accord" (1993; Rubin, as reported). Kantor listed as U.S. participant because he speaks for the U.S. side ("We’ll explore").'
    WHERE id = 1;

-- 7. The cost of the three-month hiatus after the failed summit (000): the yen rose, U.S. interest rates went up.
UPDATE meeting SET outcome = 'The two sides declared failure (a public "agreement to disagree" over U.S. demands for "objective criteria" to measure progress on opening Japan’s markets, which Tokyo dismisses as quotas in disguise), which hurt financial markets and left trade talks in limbo for three months. That hiatus "has cost both sides": for Japan it drove up the value of its currency; for Washington it helped boost interest rates.'
    WHERE id = 2;
UPDATE figure SET description = 'Hiatus in U.S.–Japan trade talks that has cost both sides: for Japan it drove up the value of its currency, for Washington it helped boost interest rates'
    WHERE id = 4;

-- 8. Meeting 22: 001 also reports the prospect ("promoting the Japan-US Free Trade Agreement process ... difficult to
--    realize").
INSERT INTO meeting_source (meeting_id, source_id) VALUES (22, 2);
UPDATE meeting SET note = 'Pence said formal negotiations on a bilateral FTA might be launched based on the economic dialogue (003); Japan wants to avoid FTA talks that Trump could demand (002); the U.S. demands bilateral talks toward an FTA, which Japan fends off (004); by 2021 Japan hoped to strengthen relations "by promoting the Japan-US Free Trade Agreement process", but "these wishes are now difficult to realize" (001). Never scheduled in these articles.'
    WHERE id = 22;

-- 9. Meetings 7 and 11 are one meeting: 001 reports Tai's talks with Hagiuda "and others" on the 12th, and that the
--    two governments "decided on the 17th" to build the new framework, naming no meeting and no participant for that
--    decision (its participants were public record). The decision is the outcome of the talks, not a second meeting.
UPDATE meeting SET outcome = 'Tai stressed that close U.S.–Japan cooperation in a trade cooperation framework would support the Biden administration''s Indo-Pacific Economic Framework and a sustainable, inclusive trade policy. The governments then decided, on the 17th (Asahi Shimbun, 18 Nov 2021), to build a new economic negotiation framework: a "framework", not a binding "treaty".',
    note = 'Article: "On the 12th of this month" (November 2021), with "Koichi Hagi and others"; the governments'' decision on the 17th names no meeting or participant, so it is recorded here, as the outcome of these talks, not as a meeting of its own. Date kept as printed; public record (Reuters) places Tai''s Tokyo meeting with Hagiuda on 17 Nov 2021, so "the 12th" may be a translation error.'
    WHERE id = 7;
DELETE FROM meeting WHERE id = 11;

-- 10. The figure behind a tariff's rate: 004's "tariffs of 25 percent on imported cars" (figure 13) states tariff 7's rate.
UPDATE tariff SET rate_figure_id = 13 WHERE id = 7;
