package io.newslens.quotes;

import java.util.List;
import java.util.Objects;

import io.newslens.model.Quote;
import io.newslens.names.Entities;
import io.newslens.nlp.AnnotatedText;

/**
 * newslens' own quote stage, rule-based on quotation marks, part-of-speech tags and word lists:
 * <ul>
 * <li>direct quotes in every mark style, over several sentences and paragraphs;</li>
 * <li>partial quotes: a reported statement holding quoted fragments is one quote of kind partial with
 * the fragments as its parts; a fragment whose statement is not delimited is a partial quote alone;
 * quoted words with no speech cue in their sentence are scare quotes or titles and left out;</li>
 * <li>indirect speech: "X said (that) CLAUSE", "X told reporters CLAUSE", "according to X, CLAUSE",
 * "CLAUSE, X said", with the clause as the quote; a writer's aside in brackets or dashes ends the
 * clause; promises ("X promised to …") and questions ("asked how …") are no quotes;</li>
 * <li>beliefs and intentions stated for a source ("officials believe …", "X wants to …", "his view
 * that …"), quotes of mode belief; nouns of saying ("Trump's claim that …"); reports with no named
 * source ("it was reported that …") with no speaker;</li>
 * <li>names given unquoted by a naming verb ("X calls it a rookie mistake", "described her as …");</li>
 * <li>pull quotes: a paragraph of unquoted sentences followed by the name of who said them.</li>
 * </ul>
 * Each quote is attributed to the subject of its speech verb; pronouns go to the nearest preceding
 * person of their gender, role descriptions ("the secretary") to the person with that role, and a
 * quote with no cue continues the previous speaker. Speakers are linked to the entities given; a
 * speaker no entity matches keeps the name as the text writes it. Stateless and thread-safe.
 */
public final class RuleQuoteFinder implements QuoteFinder {

    /** A finder with newslens' word lists. */
    public RuleQuoteFinder() {
        // Reads the word lists now, so that a broken class path fails when the pipeline is built.
        Objects.requireNonNull(Lexicon.INSTANCE);
    }

    @Override
    public List<Quote> find(AnnotatedText text, Entities entities) {
        Objects.requireNonNull(text, "text");
        return new QuoteRun(text, entities == null ? Entities.none() : entities).quotes();
    }
}
