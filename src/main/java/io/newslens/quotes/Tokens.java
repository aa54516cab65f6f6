package io.newslens.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.newslens.model.Entity;
import io.newslens.model.Mention;
import io.newslens.names.Entities;
import io.newslens.nlp.AnnotatedText;
import io.newslens.nlp.Sentence;
import io.newslens.nlp.Token;

/**
 * The tokens of one text as the quote stage sees them: in one sequence, each knowing its paragraph,
 * whether it lies inside a quote, and its sentence. Sentences here are the annotator's sentences
 * re-joined where the annotator split inside a quotation or after an abbreviation, so that a quote and
 * its attribution ("…,” he said.) share one sentence.
 */
final class Tokens {

    /** Token lies outside every quote. */
    static final int OUTSIDE = -1;

    private static final Set<String> ABBREVIATIONS = Set.of("Sen.", "Rep.", "Gov.", "Lt.", "Gen.", "Col.",
            "Sgt.", "Capt.", "Cpl.", "Const.", "Cst.", "Det.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Rev.",
            "St.", "Mt.", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "No.", "Coun.",
            "Supt.", "Insp.", "Adm.", "Maj.", "Jr.", "Sr.");

    final String text;
    final List<Token> list;
    final List<QuoteMarks.Quoted> quotes;
    private final int[] paragraph;
    private final int[] quote;
    private final int[] sentence;
    /** Each word lower-cased once: the cue, stance, belief and source tests all look words up so. */
    private final String[] lower;
    /** Tags as the quote stage reads them: a capitalised word of a person's name is a proper noun. */
    private final String[] pos;
    private final List<int[]> sentences = new ArrayList<>();

    Tokens(AnnotatedText annotated, List<QuoteMarks.Quoted> quotes) {
        this(annotated, quotes, Entities.none());
    }

    Tokens(AnnotatedText annotated, List<QuoteMarks.Quoted> quotes, Entities entities) {
        this.text = annotated.text();
        this.quotes = quotes;
        List<Token> all = new ArrayList<>();
        List<Integer> sentenceEnds = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            all.addAll(s.tokens());
            sentenceEnds.add(all.size());
        }
        this.list = List.copyOf(all);
        int n = all.size();
        this.paragraph = new int[n];
        this.quote = new int[n];
        this.sentence = new int[n];
        this.lower = new String[n];
        this.pos = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = all.get(i).text().toLowerCase(Locale.ROOT);
            pos[i] = wordTag(all.get(i));
        }
        markNames(entities.people());
        markParagraphsAndQuotes();
        joinSentences(sentenceEnds);
    }

    /**
     * "the nominee's/PUNCT campaign": the tagger now and then reads a word with a glued possessive as
     * punctuation; a word and its possessive is a noun with its possessive.
     */
    private static String wordTag(Token token) {
        String text = token.text();
        boolean possessive = text.length() > 2 && (text.endsWith("'s") || text.endsWith("’s"))
                && Character.isLetter(text.charAt(text.length() - 3));
        if (!token.pos().equals("PUNCT") || !possessive) {
            return token.pos();
        }
        return (Character.isUpperCase(text.charAt(0)) ? "PROPN" : "NOUN") + "+PART";
    }

    /**
     * "Kieran Suckling/VERB says": the tagger reads a surname by its ending, but the name finder, which
     * sees the whole name, knows better; a subject, speaker or apposition test then finds the name.
     * Only capitalised words: a lower-case word inside a mention ("Lohmar said Emery") is the finder's
     * mistake, not a name.
     */
    private void markNames(List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                for (int i = firstAt(m.start()); i < list.size() && list.get(i).end() <= m.end(); i++) {
                    if (Character.isUpperCase(list.get(i).text().charAt(0))) {
                        pos[i] = "PROPN";
                    }
                }
            }
        }
    }

    /** The first token that starts at or after {@code offset}. */
    private int firstAt(int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void markParagraphsAndQuotes() {
        int para = 0;
        int q = 0;
        for (int i = 0; i < list.size(); i++) {
            Token t = list.get(i);
            if (i > 0 && text.substring(list.get(i - 1).end(), t.start()).indexOf('\n') >= 0) {
                para++;
            }
            paragraph[i] = para;
            int mid = (t.start() + t.end()) / 2;
            while (q < quotes.size() && quotes.get(q).close() <= t.start()) {
                q++;
            }
            quote[i] = q < quotes.size() && quotes.get(q).contains(mid) ? q : OUTSIDE;
        }
    }

    /** Annotator sentence ends count outside quotes and not after a title abbreviation ("Sen."). */
    private void joinSentences(List<Integer> sentenceEnds) {
        int start = 0;
        int s = 0;
        for (int end : sentenceEnds) {
            if (end == 0 || end <= start) {
                continue;
            }
            int last = end - 1;
            boolean paragraphEnds = end == list.size() || paragraph[end] != paragraph[last];
            boolean breakHere = paragraphEnds || quote[last] == OUTSIDE && !insideQuoteSpan(last)
                    && !abbreviation(last) && !startsLowerCase(end) && !attributionFollows(last, end);
            if (breakHere) {
                for (int i = start; i < end; i++) {
                    sentence[i] = s;
                }
                sentences.add(new int[] {start, end});
                s++;
                start = end;
            }
        }
        if (start < list.size()) {
            for (int i = start; i < list.size(); i++) {
                sentence[i] = s;
            }
            sentences.add(new int[] {start, list.size()});
        }
    }

    /**
     * "…son?” Kim said.": after a closing mark that ends the quote with a comma, question or exclamation
     * mark, a speech verb within a few words belongs to the quote.
     */
    private boolean attributionFollows(int last, int next) {
        String before = text.substring(0, list.get(last).start()).stripTrailing();
        if (!isMark(last) || before.isEmpty() || ",?!".indexOf(before.charAt(before.length() - 1)) < 0) {
            return false;
        }
        for (int i = next; i < list.size() && i < next + 5 && paragraph[i] == paragraph[last]; i++) {
            if (list.get(i).pos().equals("PUNCT")) {
                return false;
            }
            if (Lexicon.INSTANCE.speechLemma(list.get(i).text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** "Sen." as one token or as "Sen" and "." */
    boolean abbreviation(int last) {
        String w = list.get(last).text();
        return ABBREVIATIONS.contains(w) || w.equals(".") && last > 0 && ABBREVIATIONS.contains(list.get(last - 1).text() + ".");
    }

    /** The annotator split before a lower-case word: no sentence starts so ("JAZZ.FM91 on Friday"). */
    private boolean startsLowerCase(int next) {
        return next < list.size() && Character.isLowerCase(list.get(next).text().charAt(0));
    }

    /** A token between a quote's marks that is not itself quoted text (a mark of a nested quote). */
    private boolean insideQuoteSpan(int i) {
        Token t = list.get(i);
        for (QuoteMarks.Quoted q : quotes) {
            if (t.start() >= q.start() && t.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    String word(int i) {
        return list.get(i).text();
    }

    /** The word at {@code i}, lower-cased. */
    String lower(int i) {
        return lower[i];
    }

    String pos(int i) {
        return pos[i];
    }

    int paragraph(int i) {
        return paragraph[i];
    }

    /** Index of the quote the token lies in, or {@link #OUTSIDE}. */
    int quote(int i) {
        return quote[i];
    }

    boolean outside(int i) {
        return quote[i] == OUTSIDE;
    }

    int sentenceStart(int i) {
        return sentences.get(sentence[i])[0];
    }

    int sentenceEnd(int i) {
        return sentences.get(sentence[i])[1];
    }

    int sentenceCount() {
        return sentences.size();
    }

    int[] sentenceRange(int s) {
        return sentences.get(s);
    }

    /** Whether token {@code i} is a quotation mark (of any quote). */
    boolean isMark(int i) {
        String w = word(i);
        return !w.isEmpty() && w.chars().allMatch(c -> "\"“”„«»‘’`'".indexOf(c) >= 0);
    }

    /** First token at or after offset {@code offset}, or {@link #size()}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first token inside the quote {@code q}. */
    int firstToken(int q) {
        return tokenAt(quotes.get(q).start());
    }

    /** The token of the opening mark of the quote {@code q}. */
    int openToken(int q) {
        return tokenAt(quotes.get(q).open());
    }

    /** The first token after the closing mark of the quote {@code q}. */
    int afterClose(int q) {
        QuoteMarks.Quoted quoted = quotes.get(q);
        int i = tokenAt(quoted.end());
        while (i < list.size() && list.get(i).start() < quoted.close()) {
            i++;
        }
        return i;
    }
}
