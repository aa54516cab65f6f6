package io.newslens.names;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.newslens.nlp.Token;

/**
 * Rules for the regular parts of news language, applied to the statistical model's labels: titles
 * and honorifics before names, datelines, "X said", and nationality words that are not places.
 */
final class NewsRules {

    /** Endings of nationality words ("Korean", "Japanese", "British", "Iraqi", "French", "Israelis"). */
    private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}*(?:ans?|ese|ish|i|is|ch)");
    private static final Pattern ALL_CAPS = Pattern.compile("\\p{Lu}[\\p{Lu}.'\u2019-]+");
    private static final Set<String> DATELINE_END = Set.of("-", "\u2013", "\u2014", "(", ",", ":");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Verbs of a team's win over another ("Surrey beat Kent"). */
    private static final Set<String> WIN_VERBS = Set.of("beat", "beats", "defeated", "edged", "thrashed", "routed",
            "crushed", "overcame", "upset");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,3}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Month names and their abbreviations, lower case: "August 30" is a date, not a team's score. */
    private static final Set<String> MONTHS = months();
    private static final int MAX_NAME_TOKENS = 4;
    /** Capitalised words that the model takes for names but that name no one ("14:48 UTC"). */
    private static final Set<String> NOT_NAMES = Set.of("UTC", "GMT", "EST", "EDT", "PST", "PDT", "CET");
    /**
     * A model number after a maker's name makes the pair a product ("Airbus A380", "F-35"): capitals
     * and digits. A bare number is not enough: "Surrey 312", "Chelsea 2" are teams and their scores.
     */
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\p{Lu}{1,3}-?\\d[\\w-]*");
    /** A bare model figure ("Boeing 787", "S&P 500"), a product only where the phrase shows it. */
    private static final Pattern MODEL_FIGURE = Pattern.compile("\\d{2,4}");
    /** Heads of a stock index's name: the name before them names the index, not a company. */
    private static final Set<String> INDEX_WORDS = Set.of("index", "indices", "average", "composite");
    /** Lower-case particles of Arabic, Dutch, German, Romance names. */
    /** Quotation marks and brackets, which open or close no name. */
    private static final Set<String> EDGE_MARKS = Set.of("\"", "“", "”", "‘", "’", "'", "(", ")", "[", "]", "/");
    private static final Set<String> BREAKS = Set.of(",", ":", ";", "(", ")", "[", "]");
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "ben", "van", "von", "de", "da",
            "di", "du", "del", "della", "der", "den", "dos", "das", "le", "la");
    /** Last words of event names ("Worldwide Developers Conference", "Paris Air Show"). */
    private static final Set<String> EVENT_WORDS = Set.of("Conference", "Show", "Expo", "Games", "Olympics",
            "Summit", "Festival", "Cup", "Championship", "Championships", "Fair", "Open", "Classic", "Trophy",
            "Tournament", "Invitational", "Marathon", "Rally", "Prix");
    /** Saint, Mount and Fort abbreviated. */
    private static final Set<String> SAINTS = Set.of("St.", "Ste.", "Mt.", "Ft.");
    /** Legal forms that end a company's name. */
    private static final Set<String> DESIGNATORS = Set.of("LLC", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.",
            "Co.", "AG", "SA", "S.A.", "plc", "PLC", "GmbH", "NV", "N.V.", "SpA");
    /** Titles after which a name before them is the person's organization ("Apple CEO Steve Jobs"). */
    private static final Set<String> ORG_TITLES = Set.of("ceo", "cfo", "coo", "chairman", "chairwoman",
            "founder", "co-founder", "spokesman", "spokeswoman", "spokesperson", "analyst", "executive",
            "economist", "director");

    private final Lexicon lexicon;
    private final List<Rule> rules;
    private final boolean gazetteer;

    NewsRules(Lexicon lexicon) {
        this(lexicon, Set.of());
    }

    /**
     * The rules but those named in {@code off} (a rule's method name; {@code gazetteerPlaces} for
     * {@link #gazetteerPlaces}): how each rule is measured against the rest, across evaluation sets.
     */
    NewsRules(Lexicon lexicon, Set<String> off) {
        this.lexicon = lexicon;
        Map<String, Rule> all = allRules();
        for (String name : off) {
            if (all.remove(name) == null && !name.equals("gazetteerPlaces") && !Propagation.PARTS.contains(name)) {
                throw new IllegalArgumentException("no name rule called " + name + "; rules: " + all.keySet());
            }
        }
        this.rules = List.copyOf(all.values());
        this.gazetteer = !off.contains("gazetteerPlaces");
    }

    /** Applies every rule, in an order where later rules see the corrections of earlier ones. */
    void apply(Labels labels) {
        for (int s = 0; s < labels.sentenceCount(); s++) {
            for (Rule rule : rules) {
                rule.apply(labels, s);
            }
        }
        dropNotNamesElsewhere(labels);
    }

    /**
     * A product or index found once ("Boeing 787 Dreamliner", "the Dow Jones industrial average") is no
     * organization where the article names it again ("The Dreamliner will", "the Dow Jones fell"); a
     * shorter form counts too ("Dow" of a headline) and a plural ("Dreamliners").
     */
    private static void dropNotNamesElsewhere(Labels labels) {
        if (labels.notNames.isEmpty()) {
            return;
        }
        for (Labels.Span span : labels.spans()) {
            String name = text(labels.tokens(span.sentence()), span.first(), span.end());
            if (span.kind() != Kind.PLACE && !labels.isSure(span.sentence(), span.first()) && isNotName(labels, name)) {
                labels.exclude(span.sentence(), span.first(), span.end());
            }
        }
    }

    private static boolean isNotName(Labels labels, String name) {
        for (String not : labels.notNames) {
            if (not.equals(name) || name.equals(not + "s") || not.startsWith(name + " ")) {
                return true;
            }
        }
        return false;
    }

    /** One rule over one sentence. */
    private interface Rule {
        void apply(Labels labels, int sentence);
    }

    /** Every rule by name, in the order they run. */
    private Map<String, Rule> allRules() {
        Map<String, Rule> all = new LinkedHashMap<>();
        all.put("trimEdges", this::trimEdges);
        all.put("possessives", this::possessives);
        all.put("splitAtBreaks", NewsRules::splitAtBreaks);
        all.put("splitRunOnPlaces", this::splitRunOnPlaces);
        all.put("saintPlaces", this::saintPlaces);
        all.put("dropNonNames", this::dropNonNames);
        all.put("teams", this::teams);
        all.put("victories", this::victories);
        all.put("splitAtTitles", this::splitAtTitles);
        all.put("dropDemonyms", this::dropDemonyms);
        all.put("dateline", this::dateline);
        all.put("aliases", this::aliases);
        all.put("employers", this::employers);
        all.put("acronyms", NewsRules::acronyms);
        all.put("hyphenatedGivenNames", NewsRules::hyphenatedGivenNames);
        all.put("titledNames", NewsRules::titledNames);
        all.put("nameParticles", NewsRules::nameParticles);
        all.put("credits", NewsRules::credits);
        all.put("storyLinks", NewsRules::storyLinks);
        all.put("bylines", NewsRules::bylines);
        return all;
    }

    /**
     * A name runs over no comma, colon, semicolon or bracket: the model sometimes reads a list ("Tracy,
     * Elyse, Nicole"), a credit line ("Regina King, If Beale Street") or a place and its state ("St.
     * Charles, Missouri") as one name. Each side keeps its kind.
     */
    private static void splitAtBreaks(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            for (int i = span.first() + 1; i < span.end() - 1; i++) {
                String w = tokens.get(i).text();
                if (BREAKS.contains(w) || span.kind() == Kind.PERSON && isAbbreviation(w)) {
                    labels.clear(s, i, i + 1);
                }
            }
        }
    }

    /**
     * "relief from the U.S. North Korea implies": where a sentence ends in an abbreviation the sentence
     * splitter may run on, and the model reads the two places as one. A place that is no known place but
     * two countries after an abbreviation's period and a space ("U.S." and "North Korea") is the two
     * (joined by a hyphen they are left to the hyphen's rule: "U.S.-North Korea talks"); no place
     * is named by two countries, though a country may qualify a region ("U.S. Gulf").
     */
    private void splitRunOnPlaces(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            if (span.kind() != Kind.PLACE || lexicon.isKnownPlace(text(tokens, span.first(), span.end()))) {
                continue;
            }
            for (int i = span.first() + 1; i < span.end(); i++) {
                boolean spaced = tokens.get(i - 1).end() < tokens.get(i).start();
                if (spaced && tokens.get(i - 1).text().endsWith(".") && lexicon.isCountry(text(tokens, span.first(), i))
                        && lexicon.isCountry(text(tokens, i, span.end()))) {
                    labels.set(s, span.first(), i, Kind.PLACE);
                    labels.set(s, i, span.end(), Kind.PLACE);
                    break;
                }
            }
        }
    }

    /**
     * "St. Charles", "Ft. Worth": an abbreviated Saint, Mount or Fort names no living person, so a known
     * place the model read as a person's name is the place.
     */
    private void saintPlaces(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            if (span.kind() == Kind.PERSON && span.end() - span.first() > 1
                    && SAINTS.contains(tokens.get(span.first()).text())
                    && lexicon.isKnownPlace(text(tokens, span.first(), span.end()))) {
                labels.set(s, span.first(), span.end(), Kind.PLACE, true);
            }
        }
    }

    /**
     * Results and tables ("Wigan 42 Bradford Bulls 36", "Leicestershire 22 points , Somerset 4",
     * "ATLANTA 83 49 .629 -"): a name followed by its score, beside another name and score or at the head
     * of a row of figures, is a team: an organization, or a place when it is a country (a national team).
     * Sure labels: "Somerset" is then the club wherever the article names it.
     */
    private void teams(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        List<int[]> pairs = new java.util.ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = i;
            while (end < tokens.size() && end - i < MAX_NAME_TOKENS && isTeamWord(tokens.get(end).text())) {
                end++;
            }
            if (end > i && end < tokens.size() && INTEGER.matcher(tokens.get(end).text()).matches()) {
                pairs.add(new int[] {i, end});
            }
            i = Math.max(end, i + 1);
        }
        if (!isScoreLine(pairs) && !isTableRow(tokens, pairs)) {
            return;
        }
        for (int[] p : pairs) {
            String name = text(tokens, p[0], p[1]);
            if (hasKind(labels, s, p[0], p[1], Kind.PERSON) || labels.isFree(s, p[0], p[1])
                    && p[1] - p[0] > 1 && lexicon.givenNames.contains(tokens.get(p[0]).text())) {
                continue;
            }
            labels.set(s, p[0], p[1], lexicon.isCountry(name) ? Kind.PLACE : Kind.ORGANIZATION, true);
            // The model may have run one name over the score ("Pohang 3 Ulsan"): the score is in none.
            labels.clear(s, p[1], p[1] + 1);
        }
    }

    /**
     * "Leicestershire beat Somerset": two names on either side of a verb of winning are teams, as in a
     * results line (a country stays a place, a person the person).
     */
    private void victories(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (int v = 1; v + 1 < tokens.size(); v++) {
            if (!WIN_VERBS.contains(tokens.get(v).text())) {
                continue;
            }
            int first = v;
            while (first > 0 && v - first < MAX_NAME_TOKENS && isTeamWord(tokens.get(first - 1).text())) {
                first--;
            }
            int end = v + 1;
            while (end < tokens.size() && end - v - 1 < MAX_NAME_TOKENS && isTeamWord(tokens.get(end).text())) {
                end++;
            }
            if (first < v && end > v + 1 && isTeamName(labels, s, first, v) && isTeamName(labels, s, v + 1, end)) {
                setTeam(labels, s, first, v);
                setTeam(labels, s, v + 1, end);
            }
        }
    }

    private boolean isTeamName(Labels labels, int s, int first, int end) {
        return !hasKind(labels, s, first, end, Kind.PERSON) && labels.kind(s, first) != null;
    }

    private void setTeam(Labels labels, int s, int first, int end) {
        String name = text(labels.tokens(s), first, end);
        labels.set(s, first, end, lexicon.isCountry(name) ? Kind.PLACE : Kind.ORGANIZATION, true);
    }

    /** Two or more names with their scores, each after the last with at most two words between. */
    private static boolean isScoreLine(List<int[]> pairs) {
        if (pairs.size() < 2) {
            return false;
        }
        for (int k = 1; k < pairs.size(); k++) {
            if (pairs.get(k)[0] - pairs.get(k - 1)[1] - 1 > 2) {
                return false;
            }
        }
        return true;
    }

    /** A name opening the line, then nothing but three or more figures ("Puchon 3 1 0 6 1 10"). */
    private static boolean isTableRow(List<Token> tokens, List<int[]> pairs) {
        if (pairs.size() != 1 || pairs.get(0)[0] != 0) {
            return false;
        }
        int figures = 0;
        for (int i = pairs.get(0)[1]; i < tokens.size(); i++) {
            String w = tokens.get(i).text();
            if (w.chars().anyMatch(Character::isLetter)) {
                return false;
            }
            figures += w.chars().anyMatch(Character::isDigit) ? 1 : 0;
        }
        return figures >= 3;
    }

    /** A word of a team's name: capitalised or in capitals, no initial ("C.") and no month ("August 30"). */
    private static boolean isTeamWord(String w) {
        return Character.isUpperCase(w.charAt(0)) && w.length() > 1 && !w.endsWith(".")
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '&')
                && !MONTHS.contains(lower(w));
    }

    private static boolean hasKind(Labels labels, int s, int first, int end, Kind kind) {
        for (int i = first; i < end; i++) {
            if (labels.kind(s, i) == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lower-case abbreviation ("c", "b", "st", "lbw" of a cricket scorecard: "S. Jayasuriya c Healy b
     * Fleming"): letters without a vowel, which no particle of a person's name is.
     */
    private static boolean isAbbreviation(String w) {
        return w.length() <= 3 && w.chars().allMatch(c -> c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0);
    }

    /** "Bashar al-Assad", "Osama bin Laden", "Ludwig van Beethoven": a lower-case particle inside a name. */
    private static void nameParticles(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            int p = span.end();
            if (span.kind() != Kind.PERSON || p + 1 >= tokens.size() || !PARTICLES.contains(tokens.get(p).text())
                    || labels.kind(s, p) != null && labels.kind(s, p) != Kind.PERSON) {
                continue;
            }
            int name = isHyphen(tokens.get(p + 1).text()) ? p + 2 : p + 1;
            if (name >= tokens.size() || !isNameWord(tokens.get(name).text())
                    || labels.kind(s, name) != null && labels.kind(s, name) != Kind.PERSON) {
                continue;
            }
            int end = nameRunEnd(tokens, name);
            for (Labels.Span next : labels.spans(s)) {
                if (next.first() == name) {
                    end = next.end();
                }
            }
            labels.set(s, span.first(), end, Kind.PERSON, labels.isSure(s, span.first()));
        }
    }

    /**
     * "hosted by The Hill", "told The Times": inside a sentence a capitalised "The" opens a title (a
     * paper, a show, a band), and people's names take no article, so what the model read there as a
     * person is none. It is dropped, not made an organization: on held-out training text relabelling cost
     * organizations more than it gained. Places keep their article ("The Hague"), and so does a person
     * whose name modifies a noun ("The Howard government").
     */
    private static void titledNames(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            int before = span.first() - 1;
            boolean modifier = span.end() < tokens.size() && tokens.get(span.end()).pos().equals("NOUN");
            if (span.kind() == Kind.PERSON && before > 0 && tokens.get(before).text().equals("The") && !modifier
                    && !labels.isSure(s, span.first())) {
                labels.exclude(s, span.first(), span.end());
            }
        }
    }

    /**
     * "Kim Jong-un", "Im Jong-seok", "Lee In-young": a lower-case part joined by a hyphen belongs to the
     * person's name (the tokenizer splits it off as "-seok" or "- young"), and so does a capitalised word
     * it is joined to.
     */
    private static void hyphenatedGivenNames(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            int end = span.end();
            if (span.kind() != Kind.PERSON || end >= tokens.size()) {
                continue;
            }
            int part = hyphenPart(tokens, end);
            if (part == 0 && isNameWord(tokens.get(end).text()) && labels.kind(s, end) == null) {
                int next = hyphenPart(tokens, end + 1);
                part = next == 0 ? 0 : next + 1;
            }
            if (part > 0 && labels.isFree(s, end, end + part)) {
                labels.set(s, span.first(), end + part, Kind.PERSON, labels.isSure(s, span.first()));
            }
        }
    }

    /** Tokens in a hyphenated lower-case part at {@code i} ("-seok" or "- young"), or 0. */
    private static int hyphenPart(List<Token> tokens, int i) {
        if (i <= 0 || i >= tokens.size() || tokens.get(i - 1).end() != tokens.get(i).start()) {
            return 0;
        }
        String w = tokens.get(i).text();
        if (w.length() > 1 && isHyphen(w.substring(0, 1)) && Character.isLowerCase(w.charAt(1))) {
            return 1;
        }
        boolean joined = isHyphen(w) && i + 1 < tokens.size() && attached(tokens, i)
                && Character.isLowerCase(tokens.get(i + 1).text().charAt(0));
        return joined ? 2 : 0;
    }

    /**
     * Time zones are not names; a maker's name before a model number is a product, not the maker, and so
     * is the product's own name after the number ("Boeing 787 Dreamliner"); a name before "index" or
     * "average" is a stock index ("the Dow Jones industrial average"); a conference or show is an event,
     * not an organization. Products and indices go for the whole document (see {@link #apply}).
     */
    private void dropNonNames(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        indexNames(labels, s);
        for (Labels.Span span : labels.spans(s)) {
            String word = tokens.get(span.first()).text();
            boolean single = span.end() - span.first() == 1;
            // "Apple's C.E.O.": a title written with periods is no person.
            boolean title = single && span.kind() == Kind.PERSON && word.indexOf('.') > 0
                    && lexicon.isTitle(word.replace(".", ""));
            boolean timeZone = title || single && NOT_NAMES.contains(word);
            boolean event = span.kind() == Kind.ORGANIZATION && EVENT_WORDS.contains(tokens.get(span.end() - 1).text());
            if (timeZone || event) {
                labels.clear(s, span.first(), span.end());
            } else if (span.kind() != Kind.PLACE && !labels.isSure(s, span.first())) {
                dropProduct(labels, s, span);
            }
        }
    }

    /** Excludes a maker and model ("Airbus A380", "the Boeing 787 Dreamliner") or a stock index. */
    private static void dropProduct(Labels labels, int s, Labels.Span span) {
        List<Token> tokens = labels.tokens(s);
        int end = span.end();
        String next = end < tokens.size() ? tokens.get(end).text() : "";
        if (Lexicon.possessiveLength(tokens.get(end - 1).text()) > 0) {
            return; // "Boeing's 787": the maker, named as such
        }
        boolean model = span.kind() == Kind.ORGANIZATION && MODEL_NUMBER.matcher(next).matches()
                || MODEL_FIGURE.matcher(next).matches() && inNounPhrase(tokens, span.first(), end + 1);
        int after = model ? end + 1 : end;
        // "the Dow Jones industrial average": one lower-case word may stand between the name and the index word.
        boolean modified = after + 1 < tokens.size() && isLowerCaseWord(tokens.get(after).text())
                && indexWordAt(tokens, after + 1);
        int index = indexWordAt(tokens, after) || modified ? after : indexWordIn(tokens, span);
        if (!model && index < 0) {
            return;
        }
        labels.exclude(s, span.first(), end);
        if (index >= 0) {
            labels.notNames.add(text(tokens, span.first(), Math.min(end, index)));
            return;
        }
        // The product's own name after the number ("Dreamliner"), tagged or not, names it wherever it recurs.
        int nameEnd = after;
        while (nameEnd < tokens.size() && nameEnd - after < MAX_NAME_TOKENS && isNameWord(tokens.get(nameEnd).text())
                && labels.kind(s, nameEnd) != Kind.PLACE && !labels.isSure(s, nameEnd)) {
            nameEnd++;
        }
        if (nameEnd > after) {
            labels.notNames.add(text(tokens, after, nameEnd));
            labels.exclude(s, after, nameEnd);
        }
    }

    /**
     * Whether a name at {@code first} followed by a figure sits inside a noun phrase ("the Boeing 787",
     * "60 Boeing 787", "Frankfurt's DAX 30 indices") rather than heading a score ("Durham 114 (",
     * "Surrey 24 points , Warwickshire 2", "b Fleming 44"): a lower-case word, an article or a number before it, or a
     * possessive before it and a lower-case word after the figure.
     */
    private static boolean inNounPhrase(List<Token> tokens, int first, int afterFigure) {
        if (first >= 2 && isHyphen(tokens.get(first - 1).text()) && attached(tokens, first - 1)) {
            first -= 2; // "four Rolls-Royce Trent 900 engines": the phrase opens before the hyphenated word
        }
        if (first == 0 || afterFigure < tokens.size() && !continuesPhrase(tokens.get(afterFigure).text())) {
            return false;
        }
        String before = tokens.get(first - 1).text();
        if (isPossessive(before) || before.equals("'") || before.equals("\u2019")) {
            return afterFigure < tokens.size() && isLowerCaseWord(tokens.get(afterFigure).text());
        }
        // Not a scorecard's abbreviation: "c Healy b Fleming 44" is a bowler and his figure.
        return isLowerCaseWord(before) && before.chars().allMatch(Character::isLetter) && !isAbbreviation(before)
                || ARTICLES.contains(lower(before)) || INTEGER.matcher(before).matches();
    }

    /** A word, a comma or a full stop after a model's figure; no dash, figure or bracket of a score. */
    private static boolean continuesPhrase(String w) {
        return Character.isLetter(w.charAt(0)) || w.equals(",") || w.equals(".");
    }

    /**
     * The capitalised words before an index word name the index wherever the article repeats them, tagged
     * or not ("The Dow Jones Industrial Average" makes the headline's "Dow" the index), and so does a name
     * in apposition after it ("the biggest stock market index, the Dow Jones, plunged").
     */
    private static void indexNames(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (int i = 1; i < tokens.size(); i++) {
            if (!indexWordAt(tokens, i)) {
                continue;
            }
            // One lower-case word may stand between ("the Dow Jones industrial average").
            int first = i > 1 && isLowerCaseWord(tokens.get(i - 1).text()) && !labelled(labels, s, i - 1) ? i - 1 : i;
            int before = first;
            // Back over the capitalised words, but not a month ("the Chicago purchasing managers' August index").
            while (first > 0 && (isNameWord(tokens.get(first - 1).text()) || isCapitalised(tokens.get(first - 1).text()))
                    && !MONTHS.contains(lower(tokens.get(first - 1).text()))
                    && !(first - 1 == 0 && ARTICLES.contains(lower(tokens.get(0).text())))) {
                first--;
            }
            while (first > 0 && indexWordAt(tokens, first - 1)) {
                first--;
            }
            int end = i;
            while (end < tokens.size() && indexWordAt(tokens, end) && isCapitalised(tokens.get(end).text())) {
                end++; // "Industrial Average" is part of the index's name
            }
            if (first < before && isOpenToIndex(labels, s, first, end)) {
                labels.notNames.add(text(tokens, first, before));
                labels.exclude(s, first, before);
                labels.exclude(s, i, end);
            }
            int name = i + 2 < tokens.size() && tokens.get(i + 1).text().equals(",") ? i + 2 : -1;
            name = name > 0 && isArticle(tokens, name) ? name + 1 : name;
            for (Labels.Span span : labels.spans(s)) {
                if (span.first() == name && span.kind() != Kind.PLACE && !labels.isSure(s, name)) {
                    labels.notNames.add(text(tokens, span.first(), span.end()));
                    labels.set(s, before, span.end(), Kind.ORGANIZATION);
                }
            }
        }
    }

    private static boolean labelled(Labels labels, int s, int i) {
        return labels.kind(s, i) != null;
    }

    /** Whether no place and no label a rule is sure of lies in tokens {@code [first, end)}. */
    private static boolean isOpenToIndex(Labels labels, int s, int first, int end) {
        for (int i = first; i < end; i++) {
            if (labels.kind(s, i) == Kind.PLACE || labels.isSure(s, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean indexWordAt(List<Token> tokens, int i) {
        return i < tokens.size() && INDEX_WORDS.contains(lower(tokens.get(i).text()));
    }

    /** The first index word inside a name after its first word ("Dow Jones Industrial Average"), or -1. */
    private static int indexWordIn(List<Token> tokens, Labels.Span span) {
        for (int i = span.first() + 1; i < span.end(); i++) {
            if (indexWordAt(tokens, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A title inside a name splits it: "Apple CEO Steve Jobs" is the organization "Apple" and the person
     * "Steve Jobs"; "Ford Motor Company CEO Alan Mulally" likewise.
     */
    private void splitAtTitles(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            // A title opening an organization's name is part of it ("General Motors").
            for (int t = span.first() + 1; t < span.end() - 1; t++) {
                if (isDesignator(tokens.get(t - 1).text()) && lexicon.givenNames.contains(tokens.get(t).text())) {
                    // "Chrysler LLC Jim Press": a person's name after a company's legal form.
                    labels.set(s, span.first(), t, Kind.ORGANIZATION, true);
                    labels.set(s, t, span.end(), Kind.PERSON, true);
                    break;
                }
                if (lexicon.isTitle(tokens.get(t).text()) && Character.isUpperCase(tokens.get(t).text().charAt(0))) {
                    int name = t + 1;
                    while (name < span.end() && isTitleWord(tokens.get(name).text())) {
                        name++;
                    }
                    if (name < span.end() && isNameWord(tokens.get(name).text())) {
                        if (t > span.first()) {
                            labels.set(s, span.first(), t, span.kind() == Kind.PERSON ? Kind.ORGANIZATION : span.kind());
                        }
                        labels.clear(s, t, name);
                        labels.set(s, name, span.end(), Kind.PERSON, true);
                        break;
                    }
                }
            }
        }
    }


    /** "Uralsib analyst Chris Weafer", "Northrop Grumman CEO Ron Sugar": the name before such a title is an organization. */
    private void employers(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (int t = 1; t < tokens.size() - 1; t++) {
            if (!employerTitle(labels, s, t) || labels.kind(s, t + 1) != Kind.PERSON
                    || labels.kind(s, t - 1) == Kind.PLACE) {
                continue;
            }
            int first = t;
            while (first > 0 && first > t - MAX_NAME_TOKENS && isCapitalised(tokens.get(first - 1).text())
                    && labels.kind(s, first - 1) != Kind.PLACE) {
                first--;
            }
            String name = text(tokens, first, t);
            if (first < t && !lexicon.places.contains(name) && !lexicon.isTitle(tokens.get(t - 1).text())
                    && !lexicon.isDemonym(tokens.get(t - 1).text()) && !lexicon.isDemonym(name)
                    && lexicon.aliases.get(Kind.PLACE).get(Lexicon.key(name)) == null) {
                labels.set(s, first, t, Kind.ORGANIZATION, true);
            }
        }
    }

    /**
     * An employer's title, or any capitalised title between two names the model took for people: no one is
     * named twice in a row, so the first is the second's organization ("St. Charles Police Lt. Tom Wilkison").
     */
    private boolean employerTitle(Labels labels, int s, int t) {
        String word = labels.tokens(s).get(t).text();
        return ORG_TITLES.contains(lower(word))
                || lexicon.isTitle(word) && isCapitalised(word) && labels.kind(s, t - 1) == Kind.PERSON;
    }

    /**
     * A photo credit ("( Andrew Francis Wallace / Toronto Star )", "REUTERS/Chris Helgren", "Tijana Martin /
     * The Canadian Press"): a person's name against a slash names the photographer, not someone the
     * article is about.
     */
    private static void credits(Labels labels, int s) {
        String text = labels.text.text();
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            int start = tokens.get(span.first()).start();
            int end = tokens.get(span.end() - 1).end();
            if (span.kind() == Kind.PERSON && (text.substring(start, end).indexOf('/') >= 0
                    || charBefore(text, start) == '/' || charAfter(text, end) == '/')) {
                labels.exclude(s, span.first(), span.end());
            }
        }
    }

    /**
     * "READ MORE: Judge rules Ed Sheeran may have ...", "WATCH: Sanders says ...": a line opening with a
     * label in capitals and a colon and ending without a full stop is the headline of another story,
     * and the names in it are that story's. A headline has lower-case words; a form's field
     * ("PAYING AGENT : Michigan National Bank , Detroit") has none, and a transcript's speaker
     * ("TRUMP:") is a person.
     */
    private static void storyLinks(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        int colon = 0;
        while (colon < tokens.size() && colon < 3 && ALL_CAPS.matcher(tokens.get(colon).text()).matches()) {
            colon++;
        }
        if (colon == 0 || colon + 1 >= tokens.size() || !tokens.get(colon).text().equals(":")
                || !opensParagraph(labels, s) || labels.kind(s, 0) == Kind.PERSON || endsWithStop(labels, s)
                || tokens.stream().noneMatch(t -> isLowerCaseWord(t.text()))) {
            return;
        }
        for (Labels.Span span : labels.spans(s)) {
            labels.exclude(s, span.first(), span.end());
        }
    }

    /** Whether the line that sentence {@code s} is on ends with a full stop, question or exclamation mark. */
    private static boolean endsWithStop(Labels labels, int s) {
        String text = labels.text.text();
        int end = text.indexOf('\n', labels.sentence(s).start());
        String line = text.substring(labels.sentence(s).start(), end < 0 ? text.length() : end).strip();
        return line.isEmpty() || ".?!".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /**
     * "Amy Forliti and Todd Richmond, The Associated Press": a line of nothing but people's names and,
     * after a comma, their news agency (a name the model took for an organization) names the reporters,
     * not people in the story.
     */
    private static void bylines(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        List<Labels.Span> spans = labels.spans(s);
        if (!opensParagraph(labels, s) || spans.isEmpty() || spans.get(0).first() != 0 || endsWithStop(labels, s)
                || linesEnd(labels, s) != tokens.size() || opensWithPersonAndComma(labels, s - 1)
                || opensWithPersonAndComma(labels, s + 1)) {
            return;
        }
        int i = 0;
        int people = 0;
        for (Labels.Span span : spans) {
            if (span.kind() != Kind.PERSON || span.first() != i) {
                break;
            }
            people++;
            i = span.end();
            String w = i < tokens.size() ? tokens.get(i).text() : "";
            if (!(w.equals(",") || w.equals("and") || w.equals("&"))) {
                break;
            }
            i++;
        }
        // After the last name and its comma: the agency, which the model took for an organization (a line
        // "Emma Stone, The Favourite" of a list of nominations names a film).
        boolean agency = people > 0 && i < tokens.size() && tokens.get(i - 1).text().equals(",");
        int org = agency && isArticle(tokens, i) ? i + 1 : i;
        agency = agency && org < tokens.size() && labels.kind(s, org) == Kind.ORGANIZATION;
        for (Labels.Span span : spans) {
            agency = agency && (span.first() != org || span.end() == tokens.size());
        }
        if (agency) {
            for (int k = 0; k < people; k++) {
                labels.exclude(s, spans.get(k).first(), spans.get(k).end());
            }
        }
    }

    /**
     * Whether sentence {@code s} opens with a person's name and a comma: a byline stands alone, while lines
     * of that shape one after another are a list ("Ludwig Goransson, Black Panther" among nominations).
     */
    private static boolean opensWithPersonAndComma(Labels labels, int s) {
        if (s < 0 || s >= labels.sentenceCount() || labels.kind(s, 0) != Kind.PERSON) {
            return false;
        }
        Labels.Span first = labels.spans(s).get(0);
        return first.end() < labels.tokens(s).size() && labels.tokens(s).get(first.end()).text().equals(",");
    }

    /** The number of tokens of sentence {@code s} before the end of its line. */
    private static int linesEnd(Labels labels, int s) {
        String text = labels.text.text();
        int end = text.indexOf('\n', labels.sentence(s).start());
        List<Token> tokens = labels.tokens(s);
        int n = 0;
        while (n < tokens.size() && (end < 0 || tokens.get(n).start() < end)) {
            n++;
        }
        return n;
    }

    private static char charBefore(String text, int i) {
        int k = i - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 ? '\n' : text.charAt(k);
    }

    private static char charAfter(String text, int i) {
        int k = i;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k >= text.length() ? '\n' : text.charAt(k);
    }

    /** "N. Korea", "U.S.": known aliases are names even where the model missed them. */
    private void aliases(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            String first = tokens.get(i).text();
            if (!Character.isUpperCase(first.charAt(0))
                    || !lexicon.safeAliasFirstWords.contains(Lexicon.firstWordKey(first))) {
                continue;
            }
            for (int end = Math.min(tokens.size(), i + MAX_NAME_TOKENS); end > i; end--) {
                String last = tokens.get(end - 1).text();
                Kind kind = lexicon.safeAliases.get(Lexicon.key(text(tokens, i, end)));
                boolean whole = (end == tokens.size() || !isNameWord(tokens.get(end).text()))
                        && (Character.isLetter(last.charAt(last.length() - 1)) || last.endsWith("."));
                if (kind != null && whole && labels.isFree(s, i, end)) {
                    labels.set(s, i, end, kind);
                    i = end - 1;
                    break;
                }
            }
        }
    }

    /** "General Motors (GM)": an acronym in brackets after a name is the same kind of name. */
    private static void acronyms(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            int a = span.end() + 1;
            if (a + 1 >= tokens.size() || !tokens.get(span.end()).text().equals("(") || !tokens.get(a + 1).text().equals(")")) {
                continue;
            }
            String acronym = tokens.get(a).text();
            StringBuilder initials = new StringBuilder();
            for (int i = span.first(); i < span.end(); i++) {
                char c = tokens.get(i).text().charAt(0);
                if (Character.isUpperCase(c)) {
                    initials.append(c);
                }
            }
            if (acronym.length() >= 2 && acronym.chars().allMatch(Character::isUpperCase)
                    && initials.toString().startsWith(acronym.substring(0, 1)) && acronym.length() <= initials.length() + 1) {
                labels.set(s, a, a + 1, span.kind(), true);
            }
        }
    }

    private static boolean isDesignator(String w) {
        return DESIGNATORS.contains(w);
    }

    private static boolean isCapitalised(String w) {
        return Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '&'
                || c == '-' || c == '.');
    }

    /**
     * "the Hanoi summit": a known place name the model missed, used as a modifier in running text. Runs
     * after the document-level propagation, so that a word already known as a person's name stays one.
     * Only single words between lower-case words count, so capitalised headlines do not.
     */
    void gazetteerPlaces(Labels labels) {
        if (!gazetteer) {
            return;
        }
        for (int s = 0; s < labels.sentenceCount(); s++) {
            List<Token> tokens = labels.tokens(s);
            for (int i = 1; i + 1 < tokens.size(); i++) {
                String w = tokens.get(i).text();
                if (labels.isOpen(s, i, i + 1) && "PROPN".equals(tokens.get(i).pos()) && lexicon.places.contains(w)
                        && !lexicon.givenNames.contains(w) && !lexicon.isDemonym(w) && !isTitleWord(w)
                        && Character.isLowerCase(tokens.get(i - 1).text().charAt(0))
                        && Character.isLowerCase(tokens.get(i + 1).text().charAt(0))) {
                    labels.set(s, i, i + 1, Kind.PLACE);
                }
            }
        }
    }

    /** CoNLL extents: no leading article, no leading title or honorific, no trailing lower-case word. */
    private void trimEdges(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            int first = span.first();
            while (first < span.end() - 1 && (isArticle(tokens, first) || EDGE_MARKS.contains(tokens.get(first).text())
                    || hasNoLetter(tokens.get(first).text())
                    || span.kind() == Kind.PERSON && isTitleWord(tokens.get(first).text())
                    || span.kind() != Kind.PERSON && MONTHS.contains(lower(tokens.get(first).text())))) {
                first++;
            }
            if (first > span.first()) {
                labels.clear(s, span.first(), first);
            }
            // A name ends in a name word: "Trump's mind", a "team" alone, are no names ("eBay" is).
            int end = span.end();
            while (end > first && (isLowerCaseWord(tokens.get(end - 1).text())
                    || EDGE_MARKS.contains(tokens.get(end - 1).text())
                    || isLoose(tokens, end - 1)
                    || span.kind() == Kind.PERSON && hasNoLetter(tokens.get(end - 1).text()))) {
                end--;
            }
            if (end < span.end()) {
                labels.clear(s, end, span.end());
            }

        }
    }

    /** "the", "A" and "an" open no name; "A." is an initial ("A. Dale"). */
    private static boolean isArticle(List<Token> tokens, int i) {
        boolean initial = i + 1 < tokens.size() && tokens.get(i + 1).text().equals(".")
                && tokens.get(i).end() == tokens.get(i + 1).start();
        return ARTICLES.contains(lower(tokens.get(i).text())) && !initial;
    }

    /**
     * A possessive standing apart from the name before it ("Fed 's", in text written with spaces between
     * tokens) ends no name. (A detached period, "Co .", is left: cutting it cost "U.N ." in other text.)
     */
    private static boolean isLoose(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        boolean apart = i > 0 && tokens.get(i - 1).end() < tokens.get(i).start();
        return apart && isPossessive(w);
    }

    /** A possessive written as a token of its own: "'s", "’s". */
    private static boolean isPossessive(String w) {
        return w.length() == 2 && (w.charAt(1) == 's' || w.charAt(1) == 'S') && Lexicon.possessiveLength("x" + w) == 2;
    }

    /** Figures and marks ("288", "6=", "4."): no edge of a name. */
    private static boolean hasNoLetter(String w) {
        return w.chars().noneMatch(Character::isLetter);
    }

    /**
     * No person's or place's name runs over a possessive: "Britain's Naseem Hamed" is the place's person,
     * "Wang 's" is "Wang". The part before a possessive inside the name is a known place or keeps the
     * name's kind ("Shearer's team mate Les Ferdinand"). Organizations keep theirs ("McDonald's").
     */
    private void possessives(Labels labels, int s) {
        for (Labels.Span span : labels.spans(s)) {
            if (span.kind() != Kind.ORGANIZATION) {
                splitAtPossessive(labels, s, span);
            }
        }
    }

    private void splitAtPossessive(Labels labels, int s, Labels.Span span) {
        int first = span.first();
        int end = span.end();
        List<Token> tokens = labels.tokens(s);
        for (int t = end - 1; t >= first; t--) {
            String w = tokens.get(t).text();
            boolean alone = isPossessive(w);
            boolean person = span.kind() == Kind.PERSON
                    || t + 1 < end && lexicon.givenNames.contains(tokens.get(t + 1).text());
            if (!alone && Lexicon.possessiveLength(w) == 0 || !person) {
                // A place keeps its possessive ("People's Republic of China") unless a person follows it.
                continue;
            }
            int before = alone ? t : t + 1;
            if (t + 1 < end) {
                // The model's place over "Spain's Rafael Nadal": the part after is the person it names.
                labels.set(s, t + 1, end, Kind.PERSON, labels.isSure(s, first));
            }
            if (alone) {
                labels.clear(s, t, t + 1);
            }
            if (before > first && (t + 1 < end)) {
                String name = text(tokens, first, before);
                labels.set(s, first, before, lexicon.isKnownPlace(name) ? Kind.PLACE : span.kind());
            }
            return;
        }
    }

    private static boolean isLowerCaseWord(String w) {
        return Character.isLowerCase(w.charAt(0)) && w.chars().noneMatch(Character::isUpperCase);
    }

    /** "North Korean", "Japanese": a nationality word is not a place, unless the gazetteer knows it as one. */
    private void dropDemonyms(Labels labels, int s) {
        List<Token> tokens = labels.tokens(s);
        for (Labels.Span span : labels.spans(s)) {
            String last = tokens.get(span.end() - 1).text();
            String name = text(tokens, span.first(), span.end());
            boolean place = span.kind() == Kind.PLACE && (lexicon.isDemonym(name)
                    || DEMONYM.matcher(last).matches() && !lexicon.places.contains(name));
            // "Dutch police", "the Panamanian": a nationality word alone names no organization either.
            boolean organization = span.kind() == Kind.ORGANIZATION && span.end() - span.first() == 1
                    && lexicon.isDemonym(name);
            if (place || organization) {
                labels.clear(s, span.first(), span.end());
            }
        }
    }

    /**
     * "SEOUL –", "WASHINGTON (AP) —", "NEW YORK 1996-08-30": capitals opening a paragraph and followed by a
     * dash, or alone on their line with the date, are a place.
     */
    private void dateline(Labels labels, int s) {
        if (!opensParagraph(labels, s)) {
            return;
        }
        List<Token> tokens = labels.tokens(s);
        int end = 0;
        while (end < tokens.size() && end < 3 && ALL_CAPS.matcher(tokens.get(end).text()).matches()) {
            end++;
        }
        boolean dated = end == tokens.size() - 1 && DATE.matcher(tokens.get(end).text()).matches();
        if (end > 0 && end < tokens.size() && (dated || DATELINE_END.contains(tokens.get(end).text())
                && runningTextAfter(tokens, end + 1))) {
            labels.set(s, 0, end, Kind.PLACE, true);
            // The model may have run one name over the dash ("SEOUL - North Korea"): the dash is in none.
            labels.clear(s, end, end + 1);
        }
    }

    /**
     * Whether running text (a word with a lower-case letter) follows: a dateline opens the body, while
     * capitals before a dash in a line of capitals are a heading ("SOCCER - JAPAN GET LUCKY WIN").
     */
    private static boolean runningTextAfter(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).text().chars().anyMatch(Character::isLowerCase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensParagraph(Labels labels, int s) {
        int start = labels.sentence(s).start();
        return start == 0 || labels.text.text().charAt(start - 1) == '\n';
    }



    /**
     * The end of the run of capitalised name words starting at {@code first} (hyphenated parts such as
     * "Gyeong - seob" included when written without spaces), or {@code first} if there is none.
     */
    static int nameRunEnd(List<Token> tokens, int first) {
        int end = first;
        while (end < tokens.size() && end - first < MAX_NAME_TOKENS) {
            String w = tokens.get(end).text();
            if (isNameWord(w)) {
                end++;
            } else if (end > first && isHyphen(w) && end + 1 < tokens.size() && attached(tokens, end)) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean attached(List<Token> tokens, int hyphen) {
        return tokens.get(hyphen - 1).end() == tokens.get(hyphen).start()
                && tokens.get(hyphen).end() == tokens.get(hyphen + 1).start()
                && Character.isLetter(tokens.get(hyphen + 1).text().charAt(0));
    }

    private static boolean isHyphen(String w) {
        return w.equals("-") || w.equals("\u2010") || w.equals("\u2011");
    }

    static boolean isNameWord(String w) {
        return Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '\u2018' || c == '-'
                || c == '.');
    }

    private boolean isTitleWord(String w) {
        return lexicon.isTitle(w) || lexicon.isHonorific(w);
    }

    static String text(List<Token> tokens, int first, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (i > first && tokens.get(i - 1).end() < tokens.get(i).start()) {
                b.append(' ');
            }
            b.append(tokens.get(i).text());
        }
        return Lexicon.stripPossessive(b.toString());
    }

    private static Set<String> months() {
        Set<String> out = new java.util.HashSet<>();
        for (java.time.Month m : java.time.Month.values()) {
            for (java.time.format.TextStyle style : List.of(java.time.format.TextStyle.FULL, java.time.format.TextStyle.SHORT)) {
                out.add(lower(m.getDisplayName(style, java.util.Locale.ENGLISH)));
            }
        }
        out.add("sept");
        return Set.copyOf(out);
    }

    private static String lower(String w) {
        return w.toLowerCase(java.util.Locale.ROOT);
    }
}
