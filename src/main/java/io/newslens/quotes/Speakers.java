package io.newslens.quotes;

import java.util.Locale;

import io.newslens.model.Entity;
import io.newslens.model.Quote;

/**
 * Who speaks: turns the phrase a cue points at into a speaker, resolving pronouns to the nearest
 * person of their gender or the speaker being quoted, descriptions ("the secretary") to the person
 * with that role, and "it"/"they" to the organization or group last quoted (else the pronoun as
 * written, with no entity). Holds the running speaker of one text.
 */
final class Speakers {

    private static final int MAX_INHERIT_PARAGRAPHS = 1;

    private final Tokens t;
    private final People people;
    private final EntityLinker linker;
    private final Lexicon lex = Lexicon.INSTANCE;
    private Quote.Speaker lastSpeaker;
    private boolean lastSpeakerIsPerson;
    /** Whether the speaker resolved last is surely a person (for the next quote's "he"/"she"). */
    private boolean personSpeaker;
    /** The gender of the speaker resolved last, and of the running speaker. */
    private Lexicon.Gender speakerGender = Lexicon.Gender.UNKNOWN;
    private Lexicon.Gender lastSpeakerGender = Lexicon.Gender.UNKNOWN;
    private int lastSpeakerParagraph = -10;
    private SpeakerMention lastGroup;
    private int lastGroupParagraph = -10;

    Speakers(Tokens tokens, People people, EntityLinker linker) {
        this.t = tokens;
        this.people = people;
        this.linker = linker;
    }

    /** Records that {@code speaker} (null: nobody) said a quote in {@code paragraph}: the running speaker. */
    void said(Quote.Speaker speaker, int paragraph) {
        if (speaker != null) {
            lastSpeakerIsPerson = speaker != lastSpeaker ? personSpeaker : lastSpeakerIsPerson;
            lastSpeakerGender = speaker != lastSpeaker ? speakerGender : lastSpeakerGender;
            lastSpeaker = speaker;
            lastSpeakerParagraph = paragraph;
        }
    }

    /** The speaker a phrase refers to: pronouns and descriptions resolved, names linked to entities. */
    Quote.Speaker resolve(SpeakerMention m) {
        int paragraph = t.paragraph(m.from());
        personSpeaker = m.person();
        // Only a first name, title or pronoun tells the gender surely ("Easley" by "Julie Easley").
        speakerGender = m.kind() == SpeakerMention.Kind.NAME ? people.fullest(m).gender() : m.gender();
        switch (m.kind()) {
            case PRONOUN -> {
                String w = m.name().toLowerCase(Locale.ROOT);
                // "she said" cannot go on with a speaker known to be a man.
                boolean going = lastSpeakerIsPerson && (lastSpeakerGender == Lexicon.Gender.UNKNOWN
                        || lastSpeakerGender == m.gender());
                if (w.equals("he") || w.equals("she")) {
                    SpeakerMention named = people.antecedent(m.from());
                    boolean local = named != null && t.paragraph(named.from()) == paragraph;
                    if (!local && going && paragraph - lastSpeakerParagraph <= 1) {
                        // "he said" with no one named in its paragraph: the speaker being quoted goes on.
                        return new Quote.Speaker(lastSpeaker.entity(), lastSpeaker.name(), m.start(), m.end());
                    }
                    if (named == null && going && paragraph - lastSpeakerParagraph <= 3) {
                        return new Quote.Speaker(lastSpeaker.entity(), lastSpeaker.name(), m.start(), m.end());
                    }
                    // "The mayor … She said …": a person the text describes but never names; the report
                    // stands, kept under the pronoun as written.
                    return named == null ? new Quote.Speaker(null, m.name(), m.start(), m.end())
                            : linker.speaker(named, people.fullest(named), m.start(), m.end());
                }
                if ((w.equals("it") || w.equals("they")) && lastGroup != null
                        && paragraph - lastGroupParagraph <= 2) {
                    return linker.speaker(lastGroup, m.start(), m.end());
                }
                if (w.equals("it") || w.equals("they")) {
                    // "It says the campaign violated …": a source the text names earlier in words we
                    // do not take for a speaker; the report stands, kept under the pronoun as written.
                    return new Quote.Speaker(null, m.name(), m.start(), m.end());
                }
                return null;
            }
            case DESCRIPTION -> {
                String role = roleOf(m);
                SpeakerMention named = role == null ? null : people.byRole(role, m.from());
                if (named != null) {
                    return linker.speaker(named, m.start(), m.end());
                }
                Entity holder = role == null ? null : linker.byRole(role, m.start());
                if (holder != null) {
                    return new Quote.Speaker(holder.id(), holder.name(), m.start(), m.end());
                }
                rememberGroup(m, paragraph);
                return linker.speaker(m, m.start(), m.end());
            }
            default -> {
                SpeakerMention fullest = people.fullest(m);
                // A bare surname is a person's when the text gives the person a fuller name or the
                // people layer knows it ("Poulter said", then "he said").
                personSpeaker = m.person() || fullest != m || linker.isPerson(m);
                if (!personSpeaker) {
                    rememberGroup(m, paragraph);
                }
                return linker.speaker(m, fullest, m.start(), m.end());
            }
        }
    }

    /**
     * The speaker of a quote with no cue: the previous quote's speaker when that is in this or the
     * previous paragraph, else the person the text last named as a subject.
     */
    Quote.Speaker continuedSpeaker(int token, int paragraph) {
        if (paragraph - lastSpeakerParagraph <= MAX_INHERIT_PARAGRAPHS) {
            return lastSpeaker;
        }
        SpeakerMention named = people.lastSubject(token);
        return named == null ? null : linker.speaker(named, named.start(), named.end());
    }

    private void rememberGroup(SpeakerMention m, int paragraph) {
        lastGroup = m;
        lastGroupParagraph = paragraph;
    }

    /** The role a description names ("the secretary" -> secretary), or null when it names none. */
    private String roleOf(SpeakerMention m) {
        String[] words = m.name().split("\\s+");
        if (words.length < 2 || !words[0].equalsIgnoreCase("the")) {
            return null;
        }
        String head = words[words.length - 1];
        return lex.isPersonNoun(head) ? head : null;
    }
}
