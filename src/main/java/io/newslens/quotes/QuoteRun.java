package io.newslens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.newslens.model.Quote;
import io.newslens.model.Quote.QuoteKind;
import io.newslens.names.Entities;
import io.newslens.nlp.AnnotatedText;

/**
 * One run of the quote stage over one text: walks the sentences in order and asks each part what it
 * decides there: which quoted stretches are direct ({@link QuoteKinds}) and whose they are
 * ({@link Attributions}); which clauses speech verbs report ({@link ReportedClauses},
 * {@link AccordingTo}), headlines label ({@link Headlines}), naming verbs give
 * ({@link NamingComplements}), stance verbs attribute ({@link StanceReports}), sources of findings
 * show ({@link Findings}) and verbs of position
 * taking state ({@link Positions}). It records what they
 * find in text order, resolving each speaker ({@link Speakers}) as it goes, since a pronoun's speaker
 * depends on who spoke before. Holds the state of that one text only.
 */
final class QuoteRun {

    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if");

    private final Tokens t;
    private final Phrases phrases;
    private final People people;
    private final Cues cues;
    private final Clauses clauses;
    private final Stances stances;
    private final EntityLinker linker;
    private final Speakers speakers;
    /** Resolves the holders of beliefs apart: who believes or wants something is not the one quoted next. */
    private final Speakers holders;
    private final Promotions promotions;
    private final QuoteKinds kinds;
    private final CueSpeakers cueSpeakers;
    private final Attributions attributions;
    private final NamingComplements naming;
    private final Headlines headlines;
    private final StanceReports stanceReports;
    private final Findings findings;
    private final AccordingTo accordingTo;
    private final ReportedClauses reportedClauses;
    private final Beliefs beliefs;
    private final Positions positions;
    private final NominalCues nominalCues;
    private final Unsourced unsourced;
    private final QuotedComplements complements;
    private final Lexicon lex = Lexicon.INSTANCE;
    private final List<Quote> out = new ArrayList<>();
    /** Statements around the sentence's quoted fragments, kept where no report of a cue holds the fragment. */
    private final List<Quote> statements = new ArrayList<>();
    private final boolean[] direct;

    QuoteRun(AnnotatedText text, Entities entities) {
        this.t = new Tokens(text, QuoteMarks.find(text.text()), entities);
        this.direct = new boolean[t.quotes.size()];
        Grammar g = Grammar.of(t, direct);
        this.phrases = g.phrases();
        this.people = new People(t, phrases, entities);
        this.cues = g.cues();
        this.linker = new EntityLinker(entities);
        this.speakers = new Speakers(t, people, linker);
        this.holders = new Speakers(t, people, linker);
        this.clauses = g.clauses();
        this.stances = new Stances(t);
        this.promotions = new Promotions(t);
        this.kinds = new QuoteKinds(t, cues);
        this.cueSpeakers = g.cueSpeakers();
        this.attributions = new Attributions(t, phrases, cues, cueSpeakers, direct);
        this.naming = new NamingComplements(g);
        this.headlines = new Headlines(t, phrases, attributions);
        this.findings = new Findings(g, stances);
        this.stanceReports = new StanceReports(g, stances, findings);
        this.accordingTo = new AccordingTo(t, phrases, clauses);
        this.reportedClauses = new ReportedClauses(t, phrases, cues, clauses, cueSpeakers);
        this.beliefs = new Beliefs(g);
        this.positions = new Positions(g);
        this.nominalCues = new NominalCues(g);
        this.unsourced = new Unsourced(g);
        this.complements = new QuotedComplements(t, cues, clauses);
    }

    /** The quotes of the text, in text order. */
    List<Quote> quotes() {
        for (int s = 0; s < t.sentenceCount(); s++) {
            int[] range = t.sentenceRange(s);
            if (!promotions.promotes(range[0])) {
                sentence(range[0], range[1]);
            }
        }
        for (PullQuotes.Found f : new PullQuotes(t).find()) {
            if (!promotions.promotes(f.from())) {
                pullQuote(f);
            }
        }
        return SplitQuotes.join(Partials.fold(out), t.text);
    }

    private void sentence(int a, int b) {
        List<Integer> quotes = quotesIn(a, b);
        for (int q : quotes) {
            direct[q] = kinds.isDirect(q, a);
        }
        for (int q : quotes) {
            quote(q, a, b);
        }
        emit(headlines.of(a, b));
        for (int k = a; k < b; k++) {
            int before = out.size();
            Unsourced.Found nobody = attributions.consumed(k) ? null : unsourced.of(k, a, b);
            if (nobody != null) {
                emit(nobody.report(), nobody.mode());
                continue;
            }
            if (cues.isCue(k) && !attributions.consumed(k) && !lex.isNamingVerb(t.word(k)) || cues.isAccordingTo(k)) {
                reported(k, a, b);
            } else if (cues.isCue(k) && stances.kind(k) == null) {
                // A naming verb's quoted name takes the cue, and the statement holds it: "called it “a hoax”".
                emit(naming.of(k, a, b));
            }
            if (out.size() == before && !attributions.consumed(k)) {
                // A position is often one name ("endorsed Cruz"): a short content is whole.
                Report stance = stanceReports.of(k, a, b);
                emit(stance, stance == null ? Quote.Mode.SPEECH : stanceReports.mode(stance), 1);
            }
            if (out.size() == before && !attributions.consumed(k)) {
                emit(findings.trailing(k, a, b), Quote.Mode.EVIDENCE);
            }
            if (out.size() == before && !attributions.consumed(k)) {
                emit(beliefs.of(k, a, b), Quote.Mode.BELIEF);
            }
            if (out.size() == before && !attributions.consumed(k)) {
                emit(positions.of(k, a, b), positions.mode(k), 1);
            }
            NominalCues.Found nominal = out.size() == before ? nominalCues.of(k, a, b) : null;
            if (nominal != null) {
                emit(nominal.report(), nominal.mode());
            }
        }
        addStatements();
    }

    /** The statements around quoted fragments that no reported clause of the sentence holds already. */
    private void addStatements() {
        for (Quote s : statements) {
            boolean held = out.stream().anyMatch(o -> o.kind() == QuoteKind.INDIRECT && o.start() < s.end()
                    && s.start() < o.end());
            if (!held) {
                out.add(s);
            }
        }
        statements.clear();
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
                    && t.firstToken(q) == i) {
                list.add(q);
            }
        }
        return list;
    }

    /** Attributes the quote {@code q} of sentence [a, b) and records it; scare quotes are left out. */
    private void quote(int q, int a, int b) {
        Attributions.Found at = attributions.of(q, a, b);
        QuoteMarks.Quoted quoted = t.quotes.get(q);
        int paragraph = t.paragraph(t.firstToken(q));
        Quote.Speaker speaker;
        String cue;
        if (at != null) {
            speaker = pointAtRelative(speakers.resolve(at.speaker()), at.at(), at.speaker());
            cue = at.cue();
        } else if (direct[q] && !kinds.looksLikeTitle(q)) {
            speaker = speakers.continuedSpeaker(t.firstToken(q), paragraph);
            cue = null;
        } else {
            return;
        }
        add(quoted.start(), quoted.end(), direct[q] ? QuoteKind.DIRECT : QuoteKind.PARTIAL, cue, speaker, paragraph);
        int[] statement = direct[q] || at == null ? null : complements.of(q, cue, a, b);
        if (statement != null) {
            // The statement holding the fragment is the quote; Partials folds the fragment into it.
            int start = t.get(withComplementizer(statement[0], a)).start();
            int end = t.get(statement[1] - 1).end();
            statements.add(new Quote(start, end, t.text.substring(start, end), QuoteKind.INDIRECT, cue, speaker, List.of()));
        }
    }

    /** The reported clauses of the cue at {@code k} ("Pompeo said (that) CLAUSE", "according to X, CLAUSE"). */
    private void reported(int k, int a, int b) {
        if (cues.isAccordingTo(k)) {
            emit(accordingTo.of(k, a, b));
            return;
        }
        for (Report r : reportedClauses.of(k, a, b)) {
            emit(r);
        }
    }

    /**
     * Records the report's clause without its trailing punctuation, unless there is none ({@code r}
     * null), it is one quote or too short, or its speaker phrase resolves to nobody; a report with no
     * speaker phrase ("it was reported that …") is recorded with no speaker.
     */
    private void emit(Report r) {
        // "The poll shows that …": a finding verb's clause is speech unless a source of findings reports it.
        Quote.Mode mode = r == null ? Quote.Mode.SPEECH : findings.mode(r);
        emit(mode == Quote.Mode.EVIDENCE ? findings.withHolder(r) : r, mode);
    }

    private void emit(Report r, Quote.Mode mode) {
        emit(r, mode, 3);
    }

    /** Records the report as {@link #emit(Report)} does, if its content has at least {@code minTokens} tokens. */
    private void emit(Report r, Quote.Mode mode, int minTokens) {
        if (r == null) {
            return;
        }
        int from = r.from();
        int to = r.to();
        int cue = r.cue();
        SpeakerMention m = r.speaker();
        while (to > from && t.outside(to - 1) && (t.pos(to - 1).equals("PUNCT") && !t.isMark(to - 1))) {
            to--;
        }
        while (from < to && t.word(from).equals(",")) {
            from++;
        }
        if (words(from, to) < minTokens) {
            return;
        }
        int q = to - from < 2 ? Tokens.OUTSIDE : t.quote(from + 1);
        if (q != Tokens.OUTSIDE && t.quote(to - 2) == q) {
            return;
        }
        from = withComplementizer(from, t.sentenceStart(from));
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        if (mode != Quote.Mode.SPEECH && mode != Quote.Mode.EVIDENCE
                && out.stream().anyMatch(o -> o.start() <= start && end <= o.end())) {
            // "Young said he suspects CLAUSE": the statement reported already holds the belief (or topic).
            return;
        }
        String cueText = cues.isAccordingTo(cue) ? "according to" : t.word(cue);
        Speakers resolver = mode == Quote.Mode.BELIEF ? holders : speakers;
        Quote.Speaker speaker = m == null ? null : pointAtRelative(resolver.resolve(m), cue, m);
        if (mode == Quote.Mode.BELIEF && speaker != null && m.kind() == SpeakerMention.Kind.PRONOUN && speaker.entity() == null
                && speaker.name().equals(m.name())) {
            // A belief of "they" whom the text does not name says too little about whose it is.
            return;
        }
        if (speaker != null || m == null) {
            // Reported speech with nobody to report it ("I think …" of the writer) is no quote.
            add(start, end, QuoteKind.INDIRECT, cueText, speaker, t.paragraph(from), mode);
        }
    }

    /** Words in tokens [from, to): a contraction the tokenizer left whole ("they're", "don't") is two. */
    private int words(int from, int to) {
        int n = to - from;
        for (int x = from; x < to; x++) {
            if (cues.holdsTwoWords(x)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The clause's start with the "that", "whether" or "if" that opens it: a reported clause is the
     * complement the conjunction heads ("said [that the war was lost]"), as annotators of attribution
     * mark it.
     */
    private int withComplementizer(int from, int a) {
        int c = from - 1;
        return c >= a && t.outside(c) && COMPLEMENTIZERS.contains(t.lower(c)) ? c : from;
    }

    /**
     * "Clinton, who once praised …": the speaker is the antecedent, but the words that attribute the
     * quote are the relative pronoun, as "he" is for "he said".
     */
    private Quote.Speaker pointAtRelative(Quote.Speaker speaker, int cue, SpeakerMention m) {
        int rel = cues.isAccordingTo(cue) ? -1 : phrases.relativeSubject(cue, t.sentenceStart(cue));
        if (speaker == null || rel < 0 || m.to() > rel) {
            return speaker;
        }
        return new Quote.Speaker(speaker.entity(), speaker.name(), t.get(rel).start(), t.get(rel).end());
    }

    private void add(int start, int end, QuoteKind kind, String cue, Quote.Speaker speaker, int paragraph) {
        add(start, end, kind, cue, speaker, paragraph, Quote.Mode.SPEECH);
    }

    private void add(int start, int end, QuoteKind kind, String cue, Quote.Speaker speaker, int paragraph,
                     Quote.Mode mode) {
        out.add(new Quote(start, end, t.text.substring(start, end), kind, cue, speaker, List.of(), mode));
        if (mode != Quote.Mode.EVIDENCE) {
            // A poll or study that shows something is no speaker a later "he said" or quote continues.
            (mode == Quote.Mode.BELIEF ? holders : speakers).said(speaker, paragraph);
        }
    }
}
