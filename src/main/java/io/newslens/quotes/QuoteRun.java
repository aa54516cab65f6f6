package io.newslens.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;
import io.newslens.names.Entities;
import io.newslens.nlp.AnnotatedText;

/**
 * One run of the quote stage over one text: walks the sentences in order, attributes each quoted
 * stretch (direct or partial) to the speech cue next to it or in its sentence, finds reported clauses
 * of speech verbs, and resolves speakers to people. Holds the state of that one text only.
 */
final class QuoteRun {

    private static final Set<String> OBJECT_VERBS = Set.of("tell", "inform", "assure", "reassure", "remind",
            "notify", "warn", "advise", "urge", "ask", "promise", "caution", "beg", "implore");
    /**
     * Verbs whose "to …" reports what someone was told or asked to do. A commissive's "to …" ("promised
     * to meet") tells what the speaker will do, and is no quote.
     */
    private static final Set<String> INFINITIVE_VERBS = Set.of("tell", "remind", "warn", "advise", "urge",
            "ask", "beg", "implore", "caution", "demand", "recommend", "propose");
    private static final Set<String> QUOTE_NOUNS = Set.of("expression", "phrase", "word", "words", "term",
            "slogan", "line", "message", "motto", "headline", "title");
    /** Verbs of thought: they attribute quoted words, but their clause is a belief, not a report. */
    private static final Set<String> THOUGHT_VERBS = Set.of("think", "believe", "feel", "estimate", "guess",
            "reckon");
    /** Verbs of the list that take a clause only in their speech sense ("continued to" is not). */
    private static final Set<String> CLAUSELESS = Set.of("continue", "point", "laugh", "joke", "snap", "sniff",
            "crow", "voice", "express", "echo", "comment", "remark", "answer", "respond", "testify", "accuse");
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("in", "on", "at", "during", "after", "before",
            "since", "because", "while", "if", "when", "once", "as", "despite", "unless", "until");
    private static final Set<String> OBJECT_TAGS = Set.of("PROPN", "NOUN", "DET", "ADJ", "NUM");
    /** Naming verbs whose name may stand unquoted ("use" gives only quoted words). */
    private static final Set<String> NAMING_COMPLEMENTS = Set.of("call", "describe", "characterize",
            "characterise", "label", "dub", "brand", "term");
    private static final Set<String> CALLED_OBJECTS = Set.of("it", "him", "her", "them", "this", "that",
            "himself", "herself", "themselves", "itself", "us", "me");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "get",
            "gets", "got", "'s", "’s");
    private static final Set<String> DASHES = Set.of("—", "–", "--");
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "while", "if", "once", "as",
            "because", "since", "until", "unless", "although", "though");
    private static final Set<String> POSSESSIVES = Set.of("his", "their", "its", "our", "my", "your");
    private static final Set<String> PHRASE_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    private static final Set<String> ADDRESSEE_TAGS = Set.of("ADP", "PROPN", "NOUN", "DET", "PRON");
    private static final Set<String> QUESTION_WORDS = Set.of("which", "how", "why", "whether", "what", "who");
    /** Nouns for the way words reach the reporter: "said in a statement", "told us by phone". */
    private static final Set<String> MEDIA = Set.of("statement", "interview", "email", "e-mail", "message",
            "phone", "telephone", "release", "post", "tweet", "twitter", "facebook", "instagram", "letter",
            "text", "call", "conference", "briefing", "video", "broadcast", "podcast", "speech", "address",
            "memo", "filing", "report", "radio", "television", "show");
    private static final int MAX_TITLE_WORDS = 6;

    private final Tokens t;
    private final Phrases phrases;
    private final People people;
    private final Cues cues;
    private final EntityLinker linker;
    private final Speakers speakers;
    private final Lexicon lex = Lexicon.INSTANCE;
    private final List<Quote> out = new ArrayList<>();
    private final boolean[] direct;
    private final Set<Integer> consumed = new HashSet<>();

    QuoteRun(AnnotatedText text, Entities entities) {
        this.t = new Tokens(text, QuoteMarks.find(text.text()));
        this.phrases = new Phrases(t);
        this.people = new People(t, phrases, entities);
        this.cues = new Cues(t, phrases);
        this.linker = new EntityLinker(entities);
        this.speakers = new Speakers(t, people, linker);
        this.direct = new boolean[t.quotes.size()];
    }

    /** The quotes of the text, in text order. */
    List<Quote> quotes() {
        for (int s = 0; s < t.sentenceCount(); s++) {
            int[] range = t.sentenceRange(s);
            sentence(range[0], range[1]);
        }
        for (PullQuotes.Found f : new PullQuotes(t).find()) {
            pullQuote(f);
        }
        return Partials.fold(out);
    }

    private void sentence(int a, int b) {
        List<Integer> quotes = quotesIn(a, b);
        for (int q : quotes) {
            direct[q] = isDirect(q, a);
        }
        for (int q : quotes) {
            quote(q, a, b);
        }
        for (int k = a; k < b; k++) {
            if (cues.isCue(k) && !consumed.contains(k) && !lex.isNamingVerb(t.word(k)) || cues.isAccordingTo(k)) {
                reported(k, a, b);
            } else if (cues.isCue(k) && !consumed.contains(k)) {
                namingComplement(k, a, b);
            }
        }
    }

    /**
     * "He calls it a rookie mistake", "described her as the children's mother", "what he calls the
     * end of free speech": the unquoted name a naming verb gives is the speaker's words.
     */
    private void namingComplement(int k, int a, int b) {
        String lemma = lex.namingLemma(t.word(k));
        if (lemma == null || !NAMING_COMPLEMENTS.contains(lemma) || passive(k, a)) {
            return;
        }
        int start = lemma.equals("describe") || lemma.equals("characterize") || lemma.equals("characterise")
                ? afterAs(k + 1, b) : calledName(k, b);
        SpeakerMention m = start < 0 ? null : speakerOf(k, a, b);
        if (m != null) {
            emitClause(start, predicateEnd(start, clauseEnd(start, b)), k, m);
        }
    }

    /** "was called", "is described": the passive names nobody's words. */
    private boolean passive(int k, int a) {
        int i = k - 1;
        while (i > a && t.pos(i).equals("ADV")) {
            i--;
        }
        return i >= a && BE_FORMS.contains(t.word(i).toLowerCase(Locale.ROOT));
    }

    /** The token after the "as" of "describe X as Y", or -1. */
    private int afterAs(int from, int b) {
        for (int i = from; i < b && i < from + 10 && t.outside(i) && !t.pos(i).equals("PUNCT"); i++) {
            if (t.word(i).equalsIgnoreCase("as")) {
                return i + 1 < b ? i + 1 : -1;
            }
            if (cues.isFinite(i)) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the name starts in "calls it Y", "called the plan Y", "what he calls Y"; or -1. */
    private int calledName(int k, int b) {
        int j = k + 1;
        if (j >= b || !t.outside(j)) {
            return -1;
        }
        if (k >= 2 && phrases.isSubjectPronoun(k - 1) && (t.word(k - 2).equalsIgnoreCase("what")
                || t.pos(k - 2).equals("NOUN"))) {
            // "what he calls Y", "a practice she calls Y": the object stands before the subject.
            return j;
        }
        if (CALLED_OBJECTS.contains(t.word(j).toLowerCase(Locale.ROOT))) {
            return startsName(j + 1, b) ? j + 1 : -1;
        }
        if (!t.pos(j).equals("DET")) {
            return -1;
        }
        int x = j + 1;
        while (x < b && (t.pos(x).equals("NOUN") || t.pos(x).equals("ADJ")) && t.outside(x)) {
            x++;
        }
        return x > j + 1 && x < b && (t.pos(x).equals("DET") || t.pos(x).equals("NUM")) ? x : -1;
    }

    private boolean startsName(int j, int b) {
        if (j >= b || !t.outside(j)) {
            return false;
        }
        String pos = t.pos(j);
        return pos.equals("DET") || pos.equals("ADJ") || pos.equals("NOUN") || pos.equals("NUM");
    }

    /** A name given ends where the sentence's own predicate goes on ("as a carjacking and said …"). */
    private int predicateEnd(int start, int end) {
        for (int i = start + 1; i + 1 < end; i++) {
            if (t.pos(i).equals("CCONJ") && cues.isFinite(i + 1)) {
                return i;
            }
        }
        return end;
    }

    /** A pull quote repeats words quoted elsewhere; it leaves the running speaker as it is. */
    private void pullQuote(PullQuotes.Found f) {
        SpeakerMention m = phrases.fromRange(f.nameFrom(), f.nameTo());
        int to = f.to();
        while (to > f.from() && t.pos(to - 1).equals("PUNCT")) {
            to--;
        }
        if (m == null || to == f.from()) {
            return;
        }
        int start = t.get(f.from()).start();
        int end = t.get(to - 1).end();
        out.add(new Quote(start, end, t.text.substring(start, end), QuoteKind.INDIRECT, null,
                linker.speaker(m, people.fullest(m), m.start(), m.end())));
    }

    /** Quotes whose first quoted token lies in [a, b). */
    private List<Integer> quotesIn(int a, int b) {
        List<Integer> list = new ArrayList<>();
        for (int i = a; i < b; i++) {
            int q = t.quote(i);
            if (q != Tokens.OUTSIDE && (list.isEmpty() || list.get(list.size() - 1) != q)
                    && firstToken(q) == i) {
                list.add(q);
            }
        }
        return list;
    }

    private int firstToken(int q) {
        return t.tokenAt(t.quotes.get(q).start());
    }

    private int openToken(int q) {
        return t.tokenAt(t.quotes.get(q).open());
    }

    /** First token after the closing mark. */
    private int afterClose(int q) {
        QuoteMarks.Quoted quoted = t.quotes.get(q);
        int i = t.tokenAt(quoted.end());
        while (i < t.size() && t.get(i).start() < quoted.close()) {
            i++;
        }
        return i;
    }

    /**
     * A direct quote opens its sentence, or follows a colon, or a cue/comma with a capital letter;
     * anything else is a fragment inside the writer's sentence (a partial quote or scare quotes).
     */
    private boolean isDirect(int q, int a) {
        int o = openToken(q);
        int k = o - 1;
        while (k >= a && (t.isMark(k) || t.word(k).equals("(") || t.word(k).equals("—") || t.word(k).equals("–"))) {
            k--;
        }
        if (k < a) {
            return true;
        }
        boolean capital = startsCapital(q);
        String prev = t.word(k);
        if (prev.equals(":") || prev.endsWith(".") || prev.equals("!") || prev.equals("?")) {
            // After a colon, or a sentence end the splitter missed ("… in Washington, D.C. “I love …").
            return capital;
        }
        if (prev.equals(",")) {
            int c = k - 1;
            while (c > a && t.pos(c).equals("ADV")) {
                c--;
            }
            return capital && c >= a && (cues.isSpeechCue(c) || cueBeforeAddressee(c, a));
        }
        return capital && cues.isSpeechCue(k);
    }

    /** "quipped to Colton, “…”", "told reporters, “…”": a cue and whom it addresses end at {@code c}. */
    private boolean cueBeforeAddressee(int c, int a) {
        for (int k = c; k >= a && k > c - 4; k--) {
            if (cues.isSpeechCue(k)) {
                return true;
            }
            if (!ADDRESSEE_TAGS.contains(t.pos(k)) || !t.outside(k)) {
                return false;
            }
        }
        return false;
    }

    private boolean startsCapital(int q) {
        QuoteMarks.Quoted quoted = t.quotes.get(q);
        for (int i = quoted.start(); i < quoted.end(); i++) {
            char c = t.text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isDigit(c);
            }
        }
        return false;
    }

    /** Attributes the quote {@code q} of sentence [a, b) and records it; scare quotes are left out. */
    private void quote(int q, int a, int b) {
        Attribution at = after(q, b, direct[q] || !reportsBefore(q, a));
        if (at == null) {
            at = before(q, a);
        }
        if (at == null) {
            at = inSentence(q, a, b);
        }
        if (at == null) {
            at = laterInQuote(q);
        }
        QuoteMarks.Quoted quoted = t.quotes.get(q);
        int paragraph = t.paragraph(firstToken(q));
        Quote.Speaker speaker;
        String cue;
        if (at != null) {
            speaker = speakers.resolve(at.speaker);
            cue = at.cue;
        } else if (direct[q] && !looksLikeTitle(quoted)) {
            speaker = speakers.continuedSpeaker(firstToken(q), paragraph);
            cue = null;
        } else {
            return;
        }
        add(quoted.start(), quoted.end(), direct[q] ? QuoteKind.DIRECT : QuoteKind.PARTIAL, cue, speaker, paragraph);
    }

    /** A quote over several paragraphs is often attributed only after a later paragraph's part. */
    private Attribution laterInQuote(int q) {
        for (int n = q + 1; n < t.quotes.size() && t.quotes.get(n).continues(); n++) {
            int last = afterClose(n) - 1;
            if (last >= 0 && last < t.size()) {
                Attribution at = after(n, t.sentenceEnd(last), false);
                if (at != null) {
                    return at;
                }
            }
        }
        return null;
    }

    /** A few words with no closing punctuation and no cue: a headline or title ("‘No magic pill’ –"). */
    private boolean looksLikeTitle(QuoteMarks.Quoted quoted) {
        String body = t.text.substring(quoted.start(), quoted.end()).strip();
        char last = body.isEmpty() ? '.' : body.charAt(body.length() - 1);
        return ".,!?…:;".indexOf(last) < 0 && body.split("\\s+").length <= MAX_TITLE_WORDS && !quoted.continues();
    }

    /** A cue and the phrase naming its speaker. */
    private record Attribution(String cue, SpeakerMention speaker) {
    }

    /** "…,” Pompeo said" / "…,” said Palvetzian": the attribution right after the closing mark. */
    private Attribution after(int q, int b, boolean consume) {
        int c = afterClose(q);
        if (c < b && t.word(c).equals(",")) {
            c++;
        }
        if (c >= b || !t.outside(c)) {
            return null;
        }
        if (cues.isCue(c)) {
            SpeakerMention m = phrases.subjectAfter(c + 1, b);
            return m == null ? null : consume(c, m, consume);
        }
        for (int k = c + 1; k < b && k < c + 16 && t.outside(k); k++) {
            if (cues.isCue(k)) {
                SpeakerMention m = phrases.subjectBefore(k, c);
                return m != null && titledFrom(c, m.from()) ? consume(k, m, consume) : null;
            }
        }
        return null;
    }

    /** The subject starts at {@code c}, perhaps after a title the tagger took for a noun ("commissioner Ron …"). */
    private boolean titledFrom(int c, int subject) {
        for (int i = c; i < subject; i++) {
            String pos = t.pos(i);
            if (!pos.equals("NOUN") && !pos.equals("PROPN") && !pos.equals("ADJ") && !pos.equals("DET")) {
                return false;
            }
        }
        return subject >= c && subject - c <= MAX_TITLE_WORDS;
    }

    /** "Pompeo said: “…”" / "he said, “…”" / "used the expression, “…”": the cue right before the mark. */
    private Attribution before(int q, int a) {
        int k = openToken(q) - 1;
        if (k >= a && (t.word(k).equals(",") || t.word(k).equals(":"))) {
            k--;
        }
        // "wondered loudly, “…"
        while (k > a && t.pos(k).equals("ADV") && t.outside(k)) {
            k--;
        }
        if (k < a || !t.outside(k)) {
            return null;
        }
        if (cues.isCue(k)) {
            SpeakerMention m = speakerOf(k, a, t.sentenceEnd(k));
            return m == null ? null : consume(k, m);
        }
        if (QUOTE_NOUNS.contains(t.word(k).toLowerCase(Locale.ROOT))) {
            for (int v = k - 1; v >= a && v >= k - 4; v--) {
                if (t.pos(v).equals("VERB")) {
                    SpeakerMention m = phrases.subjectBefore(v, a);
                    return m == null ? null : new Attribution(t.word(v), m);
                }
            }
        }
        return null;
    }

    private Attribution consume(int cue, SpeakerMention m) {
        return consume(cue, m, true);
    }

    private Attribution consume(int cue, SpeakerMention m, boolean used) {
        if (used) {
            consumed.add(cue);
        }
        return new Attribution(t.word(cue), m);
    }

    /** Words of the writer's clause stand before the quote in its sentence (a partial in a report). */
    private boolean reportsBefore(int q, int a) {
        int words = 0;
        for (int i = a; i < openToken(q); i++) {
            if (t.outside(i) && !t.pos(i).equals("PUNCT")) {
                words++;
            }
        }
        return words >= 2;
    }

    /** A cue elsewhere in the sentence: the nearest before the quote, else the nearest after it. */
    private Attribution inSentence(int q, int a, int b) {
        int o = openToken(q);
        for (int k = o - 1; k >= a; k--) {
            Attribution at = cueAt(k, a, b);
            if (at != null) {
                return at;
            }
        }
        for (int k = afterClose(q); k < b; k++) {
            Attribution at = cueAt(k, a, b);
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private Attribution cueAt(int k, int a, int b) {
        if (cues.isAccordingTo(k)) {
            SpeakerMention m = phrases.phraseFrom(k + 2, b);
            return m == null ? null : new Attribution("according to", m);
        }
        if (!cues.isCue(k)) {
            return null;
        }
        SpeakerMention m = speakerOf(k, a, b);
        return m == null ? null : new Attribution(t.word(k), m);
    }

    /** Who speaks through the cue at {@code k}: its subject, an inverted subject, or the clause's subject. */
    private SpeakerMention speakerOf(int k, int a, int b) {
        if (cues.isParticipleCue(k)) {
            return participleSpeaker(a, k);
        }
        if (afterConjunction(k, a)) {
            return mainSubject(a, k - 1);
        }
        SpeakerMention m = phrases.subjectBefore(k, a);
        if (m == null && k - 1 >= a && (t.word(k - 1).equals(",") || t.isMark(k - 1))) {
            m = phrases.subjectAfter(k + 1, b);
        }
        return m;
    }

    /** "…, saying …" speaks for the speaker of an earlier cue in the sentence, else for its subject. */
    private SpeakerMention participleSpeaker(int a, int k) {
        for (int c = k - 1; c >= a; c--) {
            if (cues.isCue(c) && !cues.isParticipleCue(c)) {
                SpeakerMention m = speakerOf(c, a, k);
                if (m != null) {
                    return m;
                }
            }
        }
        return mainSubject(a, k);
    }

    /** "… and said …": the verb shares the subject of an earlier verb. */
    private boolean afterConjunction(int k, int a) {
        return k - 1 > a && t.pos(k - 1).equals("CCONJ") && t.outside(k - 1);
    }

    /** The subject of the sentence's first verb: who a participle cue ("…, saying …") belongs to. */
    private SpeakerMention mainSubject(int a, int k) {
        for (int v = a; v < k; v++) {
            if (t.outside(v) && (t.pos(v).equals("VERB") || t.pos(v).equals("AUX"))) {
                if (cues.isCue(v)) {
                    return speakerOf(v, a, k);
                }
                return phrases.subjectBefore(v, a);
            }
        }
        return null;
    }

    /** A reported clause of the cue at {@code k} ("Pompeo said (that) CLAUSE", "CLAUSE, X said"). */
    private void reported(int k, int a, int b) {
        if (cues.isAccordingTo(k)) {
            accordingTo(k, a, b);
            return;
        }
        if (THOUGHT_VERBS.contains(lex.speechLemma(t.word(k)))) {
            return;
        }
        boolean participle = cues.isParticipleCue(k);
        SpeakerMention m = participle ? participleSpeaker(a, k)
                : afterConjunction(k, a) ? mainSubject(a, k - 1) : phrases.subjectBefore(k, a);
        boolean inverted = false;
        if (m == null && !participle && k - 1 >= a && t.word(k - 1).equals(",")) {
            m = phrases.subjectAfter(k + 1, b);
            inverted = m != null;
        }
        if (m == null) {
            return;
        }
        int tail = inverted ? k : phraseStart(m, a);
        int restFrom = inverted ? m.to() : k + 1;
        if (!participle && tail - 1 > a && endsWithComma(tail - 1) && onlyAdjuncts(restFrom, b)
                && hasVerb(clauseStart(a, tail - 1), tail - 1)) {
            int end = t.word(tail - 1).equals(",") ? tail - 1 : tail;
            int start = clauseStart(a, tail - 1);
            if (!startsAttribution(start, end)) {
                // "He said he heard …, he said": the first cue reports the clause already.
                emitClause(start, end, k, m);
            }
            return;
        }
        if (inverted) {
            return;
        }
        if (!participle && tail - 1 > a && t.word(tail - 1).equals(",") && k + 2 < b && t.word(k + 1).equals(",")
                && hasFiniteVerb(k + 1, b)) {
            // "Police, Sinclair says, have no policies …": the cue interrupts the reported clause.
            emitClause(clauseStart(a, tail - 1), tail - 1, k, m);
            emitClause(k + 2, clauseEnd(k + 2, b), k, m);
            return;
        }
        int start = complementStart(k, b);
        // "When she told him she loved him, he fell silent": the report ends with the subordinate clause.
        boolean subordinate = SUBORDINATORS.contains(t.word(a).toLowerCase(Locale.ROOT)) && nextComma(a, k) < 0;
        while (start >= 0 && start < b) {
            int end = subordinate ? Math.min(clauseEnd(start, b), commaOrEnd(start, b)) : clauseEnd(start, b);
            emitClause(start, end, k, m);
            // "said it was … and that it was …": a second clause of the same verb.
            start = andThat(end, b);
            if (start < 0 && end < b && asideEnd(end, b) > 0 && continuesReport(asideEnd(end, b), b)) {
                // "said he would go (both events moved) along with …": the report goes on after the aside.
                start = asideEnd(end, b);
            }
        }
    }

    /**
     * The token after an aside of the writer's opening at {@code i} — a bracket or a pair of dashes
     * holding a clause or a comma ("(gosh, how kind)", "— who led the case —") — or -1. Short glosses
     * ("(60 miles)") are part of the report.
     */
    private int asideEnd(int i, int b) {
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
    private boolean continuesReport(int i, int b) {
        if (!t.pos(i).equals("CCONJ")) {
            return true;
        }
        int v = i + 1;
        while (v < b && t.pos(v).equals("ADV")) {
            v++;
        }
        return v < b && (t.pos(v).startsWith("AUX") || t.pos(v).equals("VERB"));
    }

    /** Where the phrase holding the speaker starts: "a Marine spokeswoman" for the name "Marine". */
    private int phraseStart(SpeakerMention m, int a) {
        int i = m.from();
        while (i > a && t.outside(i - 1) && PHRASE_TAGS.contains(t.pos(i - 1)) && !t.isMark(i - 1)) {
            i--;
        }
        return i;
    }

    /** A comma, or a closing mark after a comma inside the quote ("…,” Foster writes). */
    private boolean endsWithComma(int i) {
        if (t.word(i).equals(",")) {
            return true;
        }
        return t.isMark(i) && t.outside(i) && t.text.substring(0, t.get(i).start()).stripTrailing().endsWith(",");
    }

    /** Where a clause before "…, X said" starts: after a bracket, semicolon or colon before it. */
    private int clauseStart(int a, int end) {
        int start = a;
        for (int i = a; i < end; i++) {
            String w = t.word(i);
            if (t.outside(i) && (w.equals("(") || w.equals(";") || w.equals(":"))) {
                start = i + 1;
            }
        }
        return start;
    }

    /** The token after "(,) and that" at {@code end}, or -1. */
    private int andThat(int end, int b) {
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

    /** "according to X, CLAUSE" and "CLAUSE, according to X". */
    private void accordingTo(int k, int a, int b) {
        SpeakerMention m = phrases.phraseFrom(k + 2, b);
        if (m == null) {
            return;
        }
        int comma = m.to();
        while (comma < b && !t.word(comma).equals(",")) {
            comma++;
        }
        if (k - 1 >= a && t.word(k - 1).equals(",")) {
            emitClause(a, k - 1, k, m);
        } else if (leadsSentence(a, k) && comma + 1 < b && !hasCue(comma + 1, b)) {
            emitClause(comma + 1, clauseEnd(comma + 1, b), k, m);
        }
    }

    private boolean hasCue(int from, int to) {
        for (int i = from; i < to; i++) {
            if (cues.isCue(i) && !lex.isNamingVerb(t.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Only a conjunction or adverb stands before token {@code k} in the sentence. */
    private boolean leadsSentence(int a, int k) {
        for (int i = a; i < k; i++) {
            String pos = t.pos(i);
            if (!pos.equals("CCONJ") && !pos.equals("ADV") && !pos.equals("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    /** After the cue and subject, nothing but adjuncts ("in a statement", "on Friday") up to the end. */
    private boolean onlyAdjuncts(int from, int b) {
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
            if (cues.isFinite(i) && !t.word(i).endsWith("ed")) {
                return false;
            }
            if (t.word(i).equals("that")) {
                return false;
            }
        }
        return true;
    }

    /** First token of the clause a cue reports, or -1 when it reports none. */
    private int complementStart(int k, int b) {
        String lemma = lex.speechLemma(t.word(k));
        if (lemma == null || CLAUSELESS.contains(lemma) || THOUGHT_VERBS.contains(lemma)) {
            return -1;
        }
        int j = k + 1;
        if (OBJECT_VERBS.contains(lemma)) {
            j = skipObject(j, b);
        }
        j = afterMedium(j, b);
        if (j >= b) {
            return -1;
        }
        String w = t.word(j).toLowerCase(Locale.ROOT);
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
        boolean adverbial = t.pos(j).equals("ADP") || t.pos(j).equals("ADV") || Character.isUpperCase(t.word(j).charAt(0));
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
        return startsClause(j) && (t.isMark(j) || hasFiniteVerb(j, b)) ? j : -1;
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
            if (MEDIA.contains(t.word(x).toLowerCase(Locale.ROOT))) {
                after = x + 1;
            }
        }
        return after < b ? after : j;
    }

    /**
     * A clause has its own tensed verb soon, before a comma other than one closing a short apposition:
     * "112 cars is …", "Emery, 46, abandoned …", not "the two bills, …" or "a drop in profit, losing …".
     */
    private boolean hasFiniteVerb(int from, int to) {
        if (from < to && (t.pos(from).contains("+AUX") || cues.isContraction(from))) {
            // "he's able to …": the contraction holds the verb.
            return true;
        }
        for (int i = from + 1; i < to && i < from + 20; i++) {
            if (t.outside(i) && (t.word(i).equals(":") || t.word(i).equals(";"))) {
                // "told reporters in Atlanta: “…”": the clause would end here.
                return false;
            }
            if (t.pos(i).equals("CCONJ") && i + 1 < to && cues.isFinite(i + 1)) {
                // "acknowledged the defeat but refused to resign": the verb is the subject's own.
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

    private int commaOrEnd(int from, int to) {
        int comma = nextComma(from, to);
        return comma < 0 ? to : comma;
    }

    private int nextComma(int from, int to) {
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
        String w = t.word(j).toLowerCase(Locale.ROOT);
        boolean nounFollows = j + 1 < b && (t.pos(j + 1).equals("NOUN") || t.pos(j + 1).equals("ADJ"));
        return POSSESSIVES.contains(w) || w.equals("her") && nounFollows;
    }

    private int skipObject(int j, int b) {
        if (j < b && t.pos(j).startsWith("PRON") && !t.word(j).equalsIgnoreCase("that") && !possessive(j, b)) {
            return j + 1;
        }
        int x = possessive(j, b) ? j + 1 : j;
        while (x < b && t.outside(x) && OBJECT_TAGS.contains(t.pos(x)) && !t.word(x).equalsIgnoreCase("that")) {
            x++;
        }
        // "advised people never to use …"
        while (x < b && t.pos(x).equals("ADV") && x + 1 < b && t.word(x + 1).equals("to")) {
            x++;
        }
        return x;
    }

    private boolean startsClause(int j) {
        String pos = t.pos(j);
        return t.isMark(j) || cues.isContraction(j) || pos.equals("DET") || pos.startsWith("PRON") || pos.equals("PROPN")
                || pos.equals("NOUN") || pos.equals("NUM") || pos.equals("ADJ") || pos.equals("ADV")
                || pos.equals("VERB") && t.word(j).endsWith("ing");
    }

    /** Some tensed verb in [from, to): the stretch is a clause, not an introductory phrase. */
    private boolean hasVerb(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            boolean infinitive = t.pos(i).equals("VERB") && t.word(i - 1).equalsIgnoreCase("to");
            if (infinitive || cues.isFinite(i) && !(t.pos(i).equals("VERB") && t.word(i).endsWith("ed") && t.pos(i - 1).equals("ADP"))) {
                return true;
            }
        }
        return false;
    }

    /** End (exclusive token) of a reported clause: the sentence end, or a following cue or a direct quote. */
    private int clauseEnd(int start, int b) {
        for (int x = start + 1; x < b; x++) {
            String w = t.word(x);
            if (t.outside(x) && w.equals(",") && x + 1 < b && (cues.isParticipleCue(x + 1) || cues.isAccordingTo(x + 1))) {
                return x;
            }
            if (t.outside(x) && (w.equals(";") || w.equals(":"))) {
                return x;
            }
            if (t.outside(x) && (w.equals(",") || t.pos(x).equals("CCONJ")) && startsAttribution(x + 1, b)
                    || t.outside(x) && x + 1 < b && lex.speechLemma(t.word(x + 1)) != null && cues.coordinatedCue(x + 1)
                    || t.pos(x).equals("CCONJ") && x + 2 < b && t.pos(x + 1).equals("ADV") && cues.isSpeechCue(x + 2)
                    && !THOUGHT_VERBS.contains(lex.speechLemma(t.word(x + 2)))) {
                // "… and then quipped …": the subject's next speech act.
                return x;
            }
            if (t.outside(x) && andThat(x, b) > 0 || asideEnd(x, b) > 0) {
                return x;
            }
            int q = x + 1 < b ? t.quote(x + 1) : Tokens.OUTSIDE;
            if (t.isMark(x) && t.outside(x) && q != Tokens.OUTSIDE && direct[q] && firstToken(q) == x + 1) {
                return x;
            }
        }
        return b;
    }

    /** A new subject and speech verb start at {@code i} ("…, and he said …"). */
    private boolean startsAttribution(int i, int b) {
        for (int k = i + 1; k < b && k < i + 5; k++) {
            if (cues.isCue(k)) {
                SpeakerMention m = phrases.subjectBefore(k, i);
                // "… and other users who agreed to …" goes on with a relative clause.
                return m != null && m.from() == i && !t.word(k - 1).equalsIgnoreCase("who");
            }
        }
        return false;
    }

    /** Records the clause [from, to) without trailing punctuation, unless it is one quote or too short. */
    private void emitClause(int from, int to, int cue, SpeakerMention m) {
        while (to > from && t.outside(to - 1) && (t.pos(to - 1).equals("PUNCT") && !t.isMark(to - 1))) {
            to--;
        }
        while (from < to && t.word(from).equals(",")) {
            from++;
        }
        if (to - from < 3) {
            return;
        }
        int q = t.quote(from + 1);
        if (q != Tokens.OUTSIDE && t.quote(to - 2) == q) {
            return;
        }
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        String cueText = cues.isAccordingTo(cue) ? "according to" : t.word(cue);
        Quote.Speaker speaker = speakers.resolve(m);
        if (speaker != null) {
            // Reported speech with nobody to report it ("I think …" of the writer) is no quote.
            add(start, end, QuoteKind.INDIRECT, cueText, speaker, t.paragraph(from));
        }
    }

    private void add(int start, int end, QuoteKind kind, String cue, Quote.Speaker speaker, int paragraph) {
        out.add(new Quote(start, end, t.text.substring(start, end), kind, cue, speaker));
        speakers.said(speaker, paragraph);
    }

}
