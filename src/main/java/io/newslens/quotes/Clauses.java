package io.newslens.quotes;

import java.util.Set;

/**
 * Where the words a cue reports start and end: the clause after "said (that)", the object of "told",
 * the clause before "…, X said", asides of the writer, and a second clause of the same verb.
 */
final class Clauses {

    private static final Set<String> OBJECT_VERBS = Set.of("tell", "inform", "assure", "reassure", "remind",
            "notify", "warn", "advise", "urge", "ask", "promise", "caution", "beg", "implore");
    /**
     * Verbs whose "to …" reports what someone was told or asked to do. A commissive's "to …" ("promised
     * to meet") tells what the speaker will do, and is no quote.
     */
    private static final Set<String> INFINITIVE_VERBS = Set.of("tell", "remind", "warn", "advise", "urge",
            "ask", "beg", "implore", "caution", "demand", "recommend", "propose");
    /** Verbs of the list that take a clause only in their speech sense ("continued to" is not). */
    private static final Set<String> CLAUSELESS = Set.of("continue", "point", "laugh", "joke", "snap", "sniff",
            "crow", "voice", "express", "echo", "comment", "remark", "answer", "respond", "testify", "accuse");
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before",
            "since", "because", "while", "if", "when", "once", "as", "despite", "unless", "until");
    /** Tags of the words of an addressee's phrase and a time phrase: "voters of Newark last week". */
    private static final Set<String> ADJUNCT_TAGS = Set.of("ADP", "DET", "PROPN", "NOUN", "ADJ", "NUM", "ADV");
    private static final Set<String> OBJECT_TAGS = Set.of("PROPN", "NOUN", "DET", "ADJ", "NUM");
    private static final Set<String> DASHES = Set.of("—", "–", "--");
    private static final Set<String> POSSESSIVES = Set.of("his", "their", "its", "our", "my", "your");
    /** Nouns for the way words reach the reporter: "said in a statement", "told us by phone". */
    private static final Set<String> MEDIA = Set.of("statement", "interview", "email", "e-mail", "message",
            "phone", "telephone", "release", "post", "tweet", "twitter", "facebook", "instagram", "letter",
            "text", "call", "conference", "briefing", "video", "broadcast", "podcast", "speech", "address",
            "memo", "filing", "report", "radio", "television", "show");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** "…, though she noted …": a concession that opens another report. */
    private static final Set<String> CONCESSIVES = Set.of("though", "although", "while", "but");
    private static final Set<String> TIME_OPENERS = Set.of("last", "this", "earlier", "later", "next");
    private static final Set<String> TIME_NOUNS = Set.of("week", "month", "year", "weekend", "night", "morning",
            "afternoon", "evening", "spring", "summer", "fall", "autumn", "winter");
    private static final Set<String> DAYS = Lexicon.withWeekdays("yesterday", "today", "tonight");
    private static final Set<String> SUBORDINATORS = Set.of("as", "while", "because", "since", "after", "before",
            "when", "though", "although");
    /** "said neither the nominee nor …", "says both parties …": a paired conjunction opens the subject. */
    /** "said about half of the adjustment reflected …": an approximate quantity opens the subject. */
    private static final Set<String> APPROXIMATORS = Set.of("about", "nearly", "almost", "roughly", "around",
            "more", "fewer", "less", "only", "just");
    private static final Set<String> PAIRED_CONJUNCTIONS = Set.of("neither", "either", "both");
    private static final Set<String> RELATIVES = Set.of("that", "which", "who");
    private static final Set<String> QUESTION_WORDS = Set.of("which", "how", "why", "whether", "what", "who");
    /** Verbs of thought: they attribute quoted words, but their clause is a belief, not a report. */
    static final Set<String> THOUGHT_VERBS = Set.of("think", "believe", "feel", "estimate", "guess",
            "reckon");

    /** Whether the lemma (null for a verb outside the lists) is a verb of thought. */
    static boolean thought(String lemma) {
        return lemma != null && THOUGHT_VERBS.contains(lemma);
    }

    private final Tokens t;
    private final Phrases phrases;
    private final Cues cues;
    /** Per quote of the text, whether it is direct: a direct quote ends the clause before it. */
    private final boolean[] direct;
    private final Lexicon lex = Lexicon.INSTANCE;
    private final ClauseBreaks breaks;

    Clauses(Tokens tokens, Phrases phrases, Cues cues, boolean[] direct) {
        this.t = tokens;
        this.phrases = phrases;
        this.cues = cues;
        this.direct = direct;
        this.breaks = new ClauseBreaks(tokens, cues);
    }

    /** First token of the clause a cue reports, or -1 when it reports none. */
    int complementStart(int k, int b) {
        String lemma = lex.speechLemma(t.word(k));
        if (lemma == null) {
            return -1;
        }
        if (CLAUSELESS.contains(lemma) && cues.thatAfter(k) > 0) {
            // "pointed out that …", "responded that …": the clause is explicit.
            return cues.thatAfter(k) + 1;
        }
        if (CLAUSELESS.contains(lemma) || THOUGHT_VERBS.contains(lemma)) {
            return -1;
        }
        int j = k + 1;
        if (OBJECT_VERBS.contains(lemma)) {
            j = skipObject(j, b);
        }
        j = afterMedium(j, b);
        j = afterCueAdjunct(j, b);
        if (j >= b) {
            return -1;
        }
        String w = t.lower(j);
        if (w.equals("that") || w.equals(":")) {
            return j + 1 < b ? j + 1 : -1;
        }
        if (w.equals("to") && INFINITIVE_VERBS.contains(lemma) && j + 1 < b && t.pos(j + 1).equals("VERB")) {
            return j;
        }
        if (lemma.equals("ask") || lemma.equals("add") && t.pos(j).equals("NUM") || QUESTION_WORDS.contains(w)) {
            // "asked how long …", "would not say which …" are questions; "added 0.1 per cent" counts.
            return -1;
        }
        if (lemma.equals("say") && (t.pos(j).startsWith("AUX") || cues.isFinite(j) && t.pos(j).equals("VERB")
                && !t.word(j).endsWith("ed"))) {
            // "deaths that Lohmar said are unrelated", "a poem she said was written by …": the reported
            // clause's subject stands before the cue, so its verb follows it.
            return j;
        }
        // "told The Post and Courier on Saturday that …": an addressee the object rule did not take whole.
        boolean adverbial = t.pos(j).equals("ADP") || t.pos(j).equals("ADV") || Character.isUpperCase(t.word(j).charAt(0))
                || OBJECT_VERBS.contains(lemma) && t.pos(j).equals("CCONJ");
        for (int x = j; adverbial && x < b && x < j + 10 && t.outside(x); x++) {
            String pos = t.pos(x);
            if (t.word(x).equalsIgnoreCase("that")) {
                return x + 1;
            }
            if (cues.isFinite(x) || t.isMark(x) || t.word(x).equals(",")) {
                break;
            }
        }
        if (CLAUSE_PREPOSITIONS.contains(w) && (hasFiniteVerb(j, b) || clauseAfterComma(j, b))) {
            // "says in Nova Scotia ambulances are …", "admits in this instance, there were …"
            return j;
        }
        if (startsClause(j) && (t.isMark(j) || hasFiniteVerb(j, b))) {
            return j;
        }
        return OBJECT_VERBS.contains(lemma) ? pronounAfterAdjuncts(j, b) : -1;
    }

    /**
     * "told voters of Newark last week she would …": after the addressee's own phrase and a time phrase,
     * a subject pronoun and its verb open the clause told. Returns the pronoun, or -1.
     */
    private int pronounAfterAdjuncts(int j, int b) {
        for (int x = j; x < b && x < j + 8 && t.outside(x); x++) {
            if (phrases.isSubjectPronoun(x) && x + 1 < b && cues.isFinite(x + 1) && endsAdjunct(x - 1)) {
                return x;
            }
            if (!ADJUNCT_TAGS.contains(t.pos(x)) || t.lower(x).equals("that") || t.lower(x).equals("about")) {
                // "told an audience about the first time he admitted …": a topic, and a relative clause.
                return -1;
            }
        }
        return -1;
    }

    /** A place or time name ends the phrase ("in Ohio", "on Friday", "last week"); "the day" may take a relative clause. */
    private boolean endsAdjunct(int i) {
        return t.pos(i).equals("PROPN") || t.pos(i).equals("ADV") || TIME_NOUNS.contains(t.lower(i));
    }

    /**
     * End of the clause the speech verb at {@code k} reports: as {@link #clauseEnd(int, int)}, and for a
     * cue inside a relative clause ("Graham, who says allies should send troops, tweeted …") where the
     * relative clause closes.
     */
    /**
     * Where the report of the cue at {@code k} that starts at {@code start} ends, in sentence [a, b). In a
     * subordinate clause opening the sentence its comma ends it: "When she told him she loved him, he
     * fell silent".
     */
    int reportEnd(int start, int a, int b, int k) {
        int end = clauseEnd(start, b, k);
        boolean subordinate = Lexicon.OPENING_SUBORDINATORS.contains(t.lower(a)) && nextComma(a, k) < 0;
        return subordinate ? Math.min(end, commaOrEnd(start, b)) : end;
    }

    int clauseEnd(int start, int b, int k) {
        int end = clauseEnd(start, b);
        if (!inRelative(k)) {
            return end;
        }
        for (int x = start + 1; x < end; x++) {
            if (RELATIVES.contains(t.lower(x))) {
                // "who says the tax, which passed in May, is unfair": the next comma closes the inner one.
                return end;
            }
            if (t.outside(x) && t.word(x).equals(",") && verbFollows(x + 1, end)) {
                return x;
            }
        }
        return end;
    }

    /** The cue's subject is "who" after a comma: "Graham, who says …". */
    private boolean inRelative(int k) {
        int j = k - 1;
        while (j > 0 && (t.pos(j).equals("ADV") || t.pos(j).startsWith("AUX"))) {
            j--;
        }
        return j > 0 && t.lower(j).equals("who") && t.word(j - 1).equals(",");
    }

    /** A tensed verb, perhaps after adverbs, at {@code i}: the sentence's own predicate goes on. */
    private boolean verbFollows(int i, int end) {
        int v = i;
        while (v < end && v < i + 2 && t.pos(v).equals("ADV")) {
            v++;
        }
        return v < end && cues.isFinite(v);
    }

    /** End (exclusive token) of a reported clause: the sentence end, or a following cue or a direct quote. */
    int clauseEnd(int start, int b) {
        for (int x = start + 1; x < b; x++) {
            String w = t.word(x);
            if (t.outside(x) && w.equals(",") && x + 1 < b && (cues.isParticipleCue(x + 1) || cues.isAccordingTo(x + 1))) {
                return x;
            }
            if (t.isMark(x) && t.outside(x) && endsWithComma(x) && x + 1 < b && cues.isParticipleCue(x + 1)) {
                // "… represents “New York values,” stating …": the comma inside the marks ends the clause too.
                return x + 1;
            }
            if (t.outside(x) && (w.equals(";") || w.equals(":"))) {
                return x;
            }
            if (t.outside(x) && (w.equals(",") || t.pos(x).equals("CCONJ")) && (startsAttribution(x + 1, b)
                    || x + 2 < b && CONCESSIVES.contains(t.lower(x + 1)) && startsAttribution(x + 2, b))
                    || t.outside(x) && x + 1 < b && lex.speechLemma(t.word(x + 1)) != null && cues.coordinatedCue(x + 1)
                    || t.pos(x).equals("CCONJ") && speechAfterConjunction(x + 1, b)
                    || t.outside(x) && t.pos(x).equals("CCONJ") && tensedSpeechVerb(x + 1, b)) {
                // "… and then quipped …": the subject's next speech act.
                return x;
            }
            if (t.outside(x) && RELATIVES.contains(t.lower(x)) && startsAttribution(x + 1, b)) {
                // "… six deaths that Lohmar said are unrelated": a report of its own inside the clause.
                return x;
            }
            if (t.outside(x) && andThat(x, b) > 0 || asideEnd(x, b) > 0 || writersComment(start, x, b)) {
                return x;
            }
            if (breaks.newClauseAt(x, b) && hasVerb(start, x)) {
                return x;
            }
            int q = x + 1 < b ? t.quote(x + 1) : Tokens.OUTSIDE;
            if (t.isMark(x) && t.outside(x) && q != Tokens.OUTSIDE && direct[q] && t.firstToken(q) == x + 1) {
                return x;
            }
        }
        return b;
    }

    /**
     * "…, which was a sure sign …", "…, although one wonders …": after a clause with its own verb, a
     * comma and a sentential relative or a concession with a new subject start the writer's comment.
     */
    private boolean writersComment(int start, int x, int b) {
        if (!t.outside(x) || !t.word(x).equals(",") || x + 2 >= b) {
            return false;
        }
        String next = t.lower(x + 1);
        boolean comment = next.equals("which") && cues.isFinite(x + 2)
                || (next.equals("although") || next.equals("though")) && hasFiniteVerb(x + 1, b);
        return comment && hasVerb(start, x);
    }

    /** "… and then quipped …", "… but has since said …": a speech verb after auxiliaries and adverbs. */
    private boolean speechAfterConjunction(int i, int b) {
        int v = i;
        while (v < b && v < i + 3 && (t.pos(v).equals("ADV") || t.pos(v).startsWith("AUX"))) {
            v++;
        }
        return v > i && v < b && cues.isSpeechCue(v) && !thought(lex.speechLemma(t.word(v)));
    }

    /**
     * "said he would order a review and warned against …": a tensed speech verb right after the
     * conjunction is the subject's next speech act, not part of the first report. A bare form ("and
     * say") may still belong to the report's own verb chain ("would meet and say …").
     */
    private boolean tensedSpeechVerb(int i, int b) {
        if (i >= b || !cues.isSpeechCue(i)) {
            return false;
        }
        String w = t.word(i);
        String lemma = lex.speechLemma(w);
        return lemma != null && !w.equalsIgnoreCase(lemma) && !w.endsWith("ing") && !THOUGHT_VERBS.contains(lemma);
    }

    /** A new subject and speech verb start at {@code i} ("…, and he said …"). */
    boolean startsAttribution(int i, int b) {
        for (int k = i + 1; k < b && k < i + 5; k++) {
            if (cues.isCue(k)) {
                SpeakerMention m = phrases.subjectBefore(k, i);
                // "… and other users who agreed to …" goes on with a relative clause.
                return m != null && m.from() == i && !t.word(k - 1).equalsIgnoreCase("who");
            }
        }
        return false;
    }

    /**
     * A clause has its own tensed verb soon, before a comma other than one closing a short apposition:
     * "112 cars is …", "Emery, 46, abandoned …", not "the two bills, …" or "a drop in profit, losing …".
     */
    boolean hasFiniteVerb(int from, int to) {
        if (from < to && (t.pos(from).contains("+AUX") || cues.isContraction(from))) {
            // "he's able to …": the contraction holds the verb.
            return true;
        }
        boolean infinitive = false;
        for (int i = from + 1; i < to && i < from + 20; i++) {
            if (t.outside(i) && (t.word(i).equals(":") || t.word(i).equals(";"))) {
                // "told reporters in Atlanta: “…”": the clause would end here.
                return false;
            }
            if (t.word(i).equalsIgnoreCase("to") && i + 1 < to && t.pos(i + 1).equals("VERB")) {
                infinitive = true;
            }
            if (t.pos(i).equals("CCONJ") && i + 1 < to && cues.isFinite(i + 1) && !infinitive) {
                // "acknowledged the defeat but refused to resign": the verb is the subject's own; but
                // "plans to raise taxes and give breaks would …" joins two infinitives of the subject.
                return false;
            }
            if (cues.isFinite(i)) {
                return true;
            }
            if (t.word(i).equals(",") && t.outside(i)) {
                int next = nextComma(i + 1, Math.min(to, i + 7));
                if (next < 0) {
                    return false;
                }
                i = next;
            }
        }
        return false;
    }

    /** A short phrase, a comma, then a clause with its own verb. */
    private boolean clauseAfterComma(int from, int to) {
        int comma = nextComma(from + 1, Math.min(to, from + 7));
        return comma > 0 && comma + 1 < to && startsClause(comma + 1) && hasFiniteVerb(comma, to);
    }

    int commaOrEnd(int from, int to) {
        int comma = nextComma(from, to);
        return comma < 0 ? to : comma;
    }

    int nextComma(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.word(i).equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /** "told his mother", "told her mother": a possessive opens the object, it is not the object. */
    private boolean possessive(int j, int b) {
        if (j >= b) {
            return false; // a cue that ends its sentence ("… he told.") has no object
        }
        String w = t.lower(j);
        boolean nounFollows = j + 1 < b && (t.pos(j + 1).equals("NOUN") || t.pos(j + 1).equals("ADJ"));
        return POSSESSIVES.contains(w) || w.equals("her") && nounFollows;
    }

    /** The token after a cue and the addressee of a verb that takes one ("told reporters"). */
    int afterAddressee(int k, int b) {
        String lemma = lex.speechLemma(t.word(k));
        return lemma != null && OBJECT_VERBS.contains(lemma) ? skipObject(k + 1, b) : k + 1;
    }

    private int skipObject(int j, int b) {
        if (j < b && t.pos(j).startsWith("PRON") && !t.word(j).equalsIgnoreCase("that") && !possessive(j, b)) {
            return j + 1;
        }
        int x = possessive(j, b) ? j + 1 : j;
        while (x < b && t.outside(x) && OBJECT_TAGS.contains(t.pos(x)) && !t.word(x).equalsIgnoreCase("that")
                && !(x > j && t.pos(x).equals("DET") && (t.pos(x - 1).equals("NOUN") || t.pos(x - 1).equals("PROPN")))) {
            // "told reporters the talks had failed": a determiner after a noun opens the clause's subject.
            x++;
        }
        // "advised people never to use …"
        while (x < b && t.pos(x).equals("ADV") && x + 1 < b && t.word(x + 1).equals("to")) {
            x++;
        }
        return x;
    }

    boolean startsClause(int j) {
        String pos = t.pos(j);
        // The tagger misreads an article after a verb ("said a/PART second device was …"); the caller
        // still asks for a tensed verb after it.
        // "McConnell's/PROPN+PART trip was …": a possessive name opens the clause's subject.
        return t.isMark(j) || cues.isContraction(j) || pos.equals("DET") || pos.startsWith("PRON") || pos.startsWith("PROPN")
                || pos.startsWith("NOUN") || pos.equals("NUM") || pos.equals("ADJ") || pos.equals("ADV")
                || PAIRED_CONJUNCTIONS.contains(t.lower(j))
                || APPROXIMATORS.contains(t.lower(j)) && j + 1 < t.size()
                && (t.pos(j + 1).equals("NUM") || t.word(j + 1).equalsIgnoreCase("half"))
                || pos.equals("VERB") && (t.word(j).endsWith("ing") || mistaggedNoun(j))
                || ARTICLES.contains(t.lower(j));
    }

    /**
     * A word the tagger called a verb right after a speech verb, which no verb follows there: a
     * capitalized word or a possessive ("said Trump’s/VERB tweets are …") or a bare noun ("said
     * praise/VERB from Putin would …"). The caller still asks for a tensed verb after it.
     */
    private boolean mistaggedNoun(int j) {
        String w = t.word(j);
        return Character.isUpperCase(w.charAt(0)) || w.endsWith("’s") || w.endsWith("'s")
                || !w.endsWith("ed") && !w.endsWith("en") && !t.pos(j - 1).equals("AUX");
    }

    /** Some tensed verb in [from, to): the stretch is a clause, not an introductory phrase. */
    boolean hasVerb(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            boolean infinitive = t.pos(i).equals("VERB") && t.word(i - 1).equalsIgnoreCase("to");
            if (infinitive || cues.isFinite(i) && !(t.pos(i).equals("VERB") && t.word(i).endsWith("ed") && t.pos(i - 1).equals("ADP"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after a phrase naming how the words came ("in a statement", "by text message", "on
     * Twitter"), or {@code j} when none starts there: the reported clause follows it.
     */
    private int afterMedium(int j, int b) {
        if (j >= b || !t.pos(j).equals("ADP")) {
            return j;
        }
        int after = j;
        for (int x = j + 1; x < b && x < j + 6 && t.outside(x); x++) {
            String pos = t.pos(x);
            if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("NOUN") && !pos.equals("PROPN")) {
                break;
            }
            if (MEDIA.contains(t.lower(x))) {
                after = x + 1;
            }
        }
        return after < b ? after : j;
    }

    /**
     * The token after an aside of the writer's opening at {@code i} — a bracket or a pair of dashes
     * holding a clause or a comma ("(gosh, how kind)", "— who led the case —") — or -1. Short glosses
     * ("(60 miles)") are part of the report.
     */
    int asideEnd(int i, int b) {
        if (!t.outside(i)) {
            return -1;
        }
        String open = t.word(i);
        String close = open.equals("(") ? ")" : DASHES.contains(open) ? open : null;
        if (close == null) {
            return -1;
        }
        boolean clause = false;
        for (int x = i + 1; x < b; x++) {
            if (t.word(x).equals(close) && t.outside(x)) {
                return clause && x + 1 < b ? x + 1 : -1;
            }
            clause |= cues.isFinite(x) || t.word(x).equals(",");
        }
        return -1;
    }

    /** After an aside, "and shouldn't …" goes on with the report, "but she's …" with the writer's clause. */
    boolean continuesReport(int i, int b) {
        // "… (an aside), but the others …": a comma after the aside goes on to the conjunction.
        if (t.word(i).equals(",") && i + 1 < b && t.pos(i + 1).equals("CCONJ")) {
            i++;
        }
        if (!t.pos(i).equals("CCONJ")) {
            return true;
        }
        int v = i + 1;
        while (v < b && t.pos(v).equals("ADV")) {
            v++;
        }
        return v < b && (t.pos(v).startsWith("AUX") || t.pos(v).equals("VERB"));
    }

    /** The token after "(,) and that" at {@code end}, or -1. */
    int andThat(int end, int b) {
        int i = end;
        if (i < b && t.word(i).equals(",")) {
            i++;
        }
        // "and that timeframe …" goes on with a noun phrase, not a second clause.
        if (i + 2 < b && t.pos(i).equals("CCONJ") && t.word(i + 1).equalsIgnoreCase("that")
                && !t.pos(i + 2).equals("NOUN")) {
            return i + 2;
        }
        return -1;
    }

    /** Where a clause before "…, X said" starts: after a bracket, semicolon or colon before it. */
    int clauseStart(int a, int end) {
        int start = a;
        for (int i = a; i < end; i++) {
            String w = t.word(i);
            if (t.outside(i) && (w.equals("(") || w.equals(";") || w.equals(":"))) {
                start = i + 1;
            }
        }
        return start;
    }

    /** A comma, or a closing mark after a comma inside the quote ("…,” Foster writes). */
    boolean endsWithComma(int i) {
        if (t.word(i).equals(",")) {
            return true;
        }
        return t.isMark(i) && t.outside(i) && t.text.substring(0, t.get(i).start()).stripTrailing().endsWith(",");
    }

    /** After the cue and subject, nothing but adjuncts ("in a statement", "on Friday") up to the end. */
    boolean onlyAdjuncts(int from, int b) {
        from = afterTimePhrase(from, b);
        if (from < b && (t.pos(from).equals("DET") || t.pos(from).equals("NOUN") || t.pos(from).equals("ADJ")
                || t.pos(from).startsWith("PRON") && !phrases.isSubjectPronoun(from))) {
            return false;
        }
        for (int i = from; i < b; i++) {
            if (!t.outside(i) || t.isMark(i)) {
                return false;
            }
            if (t.word(i).equals(",") && i + 1 < b && (cues.isCue(i + 1) || cues.isAccordingTo(i + 1))) {
                return true;
            }
            if (t.word(i).equals(",") && i + 1 < b && SUBORDINATORS.contains(t.lower(i + 1))) {
                // "…, lawmakers said Friday, as they bristled at …": a subordinate clause of the writer's.
                return true;
            }
            if (relativeWho(i)) {
                // "…, said Mark Holt, a baker who runs …": a relative clause describes the speaker (or the
                // addressee); its verb opens no report.
                return true;
            }
            if (cues.isFinite(i) && !t.word(i).endsWith("ed")) {
                return false;
            }
            if (phrases.isSubjectPronoun(i) && i + 1 < b && (cues.isFinite(i + 1) || t.pos(i + 1).equals("VERB"))) {
                // "…, Mr. Clarke said he expected to sell …": a pronoun and its verb open a clause, the
                // words before the cue were an adverbial, not the report.
                return false;
            }
            if (t.word(i).equals("that")) {
                return false;
            }
        }
        return true;
    }

    /** "who" after a comma or a noun: a relative clause of the person before it. */
    private boolean relativeWho(int i) {
        return t.lower(i).equals("who") && i > 0 && (t.word(i - 1).equals(",") || t.pos(i - 1).equals("NOUN")
                || t.pos(i - 1).equals("PROPN"));
    }

    /**
     * "said Tuesday they would …", "said on Friday the deal …", "said last week she …", "said privately
     * that …", "said, however, that …": an adjunct of the cue itself (its time, its manner, a connective
     * set off by commas) is no part of what was said. The token after it where "that" or a clause with a
     * tensed verb follows, else {@code j}; "said this week that …" too.
     */
    private int afterCueAdjunct(int j, int b) {
        int x = afterTimePhrase(j, b);
        if (x == j) {
            x = afterWeekday(j, b);
        }
        if (x == j && j + 2 < b && t.word(j).equals(",") && t.pos(j + 1).equals("ADV") && t.word(j + 2).equals(",")) {
            x = j + 3;
        } else if (x == j && j < b && mannerAdverb(j)) {
            x = j + 1;
        }
        boolean that = x < b && t.lower(x).equals("that");
        boolean clause = x < b && t.outside(x) && !QUESTION_WORDS.contains(t.lower(x)) && startsClause(x)
                && hasFiniteVerb(x, b);
        return x > j && (that || clause) ? x : j;
    }

    /** The token after "Tuesday", "on Friday night", "yesterday" at {@code j}, or {@code j}. */
    private int afterWeekday(int j, int b) {
        int x = j < b && t.lower(j).equals("on") ? j + 1 : j;
        if (x >= b || !DAYS.contains(t.lower(x))) {
            return j;
        }
        x++;
        return x < b && TIME_NOUNS.contains(t.lower(x)) ? x + 1 : x;
    }

    /** "privately/SCONJ", "repeatedly": a lower-case -ly word the tagger may take for anything but a noun. */
    private boolean mannerAdverb(int j) {
        String w = t.word(j);
        return t.outside(j) && w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0))
                && !t.pos(j).startsWith("NOUN") && !t.pos(j).equals("VERB");
    }

    /** The token after "last week", "this month", "earlier this year" at {@code i}, or {@code i}. */
    private int afterTimePhrase(int i, int b) {
        int x = i;
        while (x < b && TIME_OPENERS.contains(t.lower(x))) {
            x++;
        }
        return x > i && x < b && TIME_NOUNS.contains(t.lower(x)) ? x + 1 : i;
    }

    /** A name given ends where the sentence's own predicate goes on ("as a carjacking and said …"). */
    int predicateEnd(int start, int end) {
        for (int i = start + 1; i + 1 < end; i++) {
            if (t.pos(i).equals("CCONJ") && cues.isFinite(i + 1)) {
                return i;
            }
        }
        return end;
    }

    /** Only a conjunction or adverb stands before token {@code k} in the sentence. */
    boolean leadsSentence(int a, int k) {
        for (int i = a; i < k; i++) {
            String pos = t.pos(i);
            if (!pos.equals("CCONJ") && !pos.equals("ADV") && !pos.equals("PUNCT")) {
                return false;
            }
        }
        return true;
    }
}
