package io.newslens.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of a saved page that its lines show by how they are set, not by what they say:
 * readers' comments (posts signed with a date and a time, a form of required fields), lists of
 * dated entries (story lists, archives), runs of headlines (a related-stories box), labelled
 * links ("Read more: Headline") and the copyright notice. Words like "Comments" or "Related" are not needed: a page in any
 * language sets these parts alike.
 */
final class PageStructure {

    /** "Jane Doe on September 12, 2018 at 4:47 pm said:": a post signed with a date and a time. */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final int MAX_POST_HEADER_WORDS = 14;
    /** A form field the reader must fill in: "Name *", "Email *". */
    private static final int MAX_FIELD_WORDS = 4;
    /** How close the fields of one form stand. */
    private static final int MAX_FIELD_GAP = 4;
    /** How far above its first field a form's heading and notes may stand. */
    private static final int FORM_HEAD_LINES = 3;
    /** Lines longer than this above a form are article text, not the form's notes. */
    private static final int MAX_FORM_NOTE_WORDS = 12;
    /** A dated entry's stamp is short: a date with a name, a place or a time. */
    private static final int MAX_STAMP_WORDS = 16;
    /** Most lines an entry of a dated list takes: headline, stamp, summary, link. */
    private static final int MAX_ENTRY_LINES = 8;
    /** Entries it takes to make a list: one or two dates may be a dated paragraph's. */
    private static final int MIN_ENTRIES = 3;
    /** A headline has several words and most of them capitalised. */
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final int MAX_HEADLINE_WORDS = 20;
    private static final double MIN_HEADLINE_CAPITALS = 0.5;
    /** Headlines in a row it takes to make a box of links: a subheading stands alone. */
    private static final int MIN_HEADLINE_RUN = 3;
    /** "Read more: Headline", "Related: Headline": a label of a few words, a colon, a headline. */
    private static final Pattern LABELLED_LINK = Pattern.compile("^[\\[(]?\\p{L}[\\p{L}'’. ]{0,24}:\\s+[\\p{Lu}\\d]");
    private static final int MAX_LABEL_WORDS = 3;
    /** "©", "(c)" or "Copyright", then a year: a photo credit "© Jane Doe" has no year. */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:19|20)\\d\\d\\b", Pattern.CASE_INSENSITIVE);
    /** A longer notice carries the terms of a wire story and ends that story (the benchmark counts it). */
    private static final int MAX_COPYRIGHT_WORDS = 12;

    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 4;
    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    /**
     * "Jane Doe is", "Jane Q. Doe (jane@...) is": a name of two to four capitalised words. Not "Jane
     * Doe, a spokeswoman, said", as a paragraph about someone the header shows may open so.
     */
    private static final Pattern NOTE_OPENING = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){1,3})\\s+(?:is|\\([^()]{1,80}\\)\\s+is)\\s");
    /** Paragraphs before an author's note: it follows the article, never opens it. */
    private static final int MIN_PARAGRAPHS_BEFORE_NOTE = 2;

    private PageStructure() {
    }

    /** Marks the comments, dated lists, headline runs, labelled links and copyright notices of {@code lines}. */
    static void mark(List<PageLine> lines) {
        markLabelledLinks(lines);
        markHeadlineRuns(lines);
        markDatedLists(lines);
        markPosts(lines);
        markForms(lines);
        markCopyright(lines);
        markStandfirst(lines);
        markAuthorNotes(lines);
    }

    /**
     * A prose line that opens with a name the page shows alone on a line above it ("Jane Doe",
     * "by Jane Doe": the byline), then "is": the note on the author ("Jane Doe is a staff writer
     * covering ..."), set after the article's first paragraphs.
     */
    private static void markAuthorNotes(List<PageLine> lines) {
        Set<String> names = new HashSet<>();
        int paragraphs = 0;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.kind() != LineKind.PROSE) {
                if (line.words() >= MIN_NAME_WORDS && line.words() <= MAX_NAME_WORDS + 1) {
                    names.add(BY.matcher(line.text()).replaceFirst("").strip());
                }
                continue;
            }
            Matcher m = NOTE_OPENING.matcher(line.text());
            if (paragraphs++ >= MIN_PARAGRAPHS_BEFORE_NOTE && m.find() && names.contains(m.group(1))) {
                lines.set(i, line.as(LineKind.PROMO));
            }
        }
    }

    /**
     * The first prose line of a page when the byline comes after it (furniture aside): the article
     * starts under its byline, so the line above is the header's standfirst or the lead image's
     * caption. It is left a short line, which the body does not start with.
     */
    private static void markStandfirst(List<PageLine> lines) {
        int first = firstProse(lines);
        int next = first + 1;
        while (next < lines.size() && lines.get(next).kind().isFurniture()) {
            next++;
        }
        if (next < lines.size() && lines.get(next).kind() == LineKind.BYLINE) {
            lines.set(first, lines.get(first).as(LineKind.SHORT));
        }
    }

    /** A comment's header names its author with a date and a clock time and ends in a colon. */
    private static void markPosts(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            String text = line.text();
            if (line.words() <= MAX_POST_HEADER_WORDS && text.endsWith(":") && CLOCK.matcher(text).find()
                    && hasYear(text) && Dates.first(text) != null) {
                lines.set(i, line.as(LineKind.COMMENTS));
            }
        }
    }

    /**
     * A comment form: two or more short fields marked required ("Name *", "Email *") close
     * together. The form starts at its heading and notes just above the first field.
     */
    private static void markForms(List<PageLine> lines) {
        int previous = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!isField(lines.get(i))) {
                continue;
            }
            if (previous >= 0 && i - previous <= MAX_FIELD_GAP) {
                int start = previous;
                while (start > 0 && previous - start < FORM_HEAD_LINES
                        && lines.get(start - 1).words() <= MAX_FORM_NOTE_WORDS) {
                    start--;
                }
                lines.set(start, lines.get(start).as(LineKind.COMMENTS));
                return;
            }
            previous = i;
        }
    }

    private static boolean isField(PageLine line) {
        return line.words() <= MAX_FIELD_WORDS && line.text().endsWith("*") && !line.text().endsWith("**");
    }

    /**
     * A list of dated entries (a story list, an archive, a thread): three or more short lines with a
     * date, a few lines apart. Each stamp and the line just above the first (the list's heading or
     * the first entry's headline) close the article, as a related-stories heading does.
     */
    private static void markDatedLists(List<PageLine> lines) {
        int runStart = -1;
        int last = -1;
        int count = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean stamp = i < lines.size() && isStamp(lines.get(i));
            if (!stamp && i < lines.size()) {
                continue;
            }
            if (i == lines.size() || last >= 0 && i - last > MAX_ENTRY_LINES) {
                if (count >= MIN_ENTRIES) {
                    closeList(lines, runStart, last);
                }
                runStart = -1;
                count = 0;
            }
            if (stamp) {
                runStart = runStart < 0 ? i : runStart;
                last = i;
                count++;
            }
        }
    }

    private static void closeList(List<PageLine> lines, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (isStamp(lines.get(i))) {
                lines.set(i, lines.get(i).as(LineKind.END));
            }
        }
        if (first > 0 && lines.get(first - 1).kind() == LineKind.SHORT) {
            lines.set(first - 1, lines.get(first - 1).as(LineKind.END));
        }
    }

    private static boolean isStamp(PageLine line) {
        if (line.kind() == LineKind.TIMESTAMP) {
            return true;
        }
        String text = line.text();
        return line.words() <= MAX_STAMP_WORDS && !text.endsWith(".") && hasYear(text) && Dates.first(text) != null;
    }

    /** Four digits in a row: every date form {@link Dates} reads has its year; a cheap test first. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * Three or more headlines in a row (a box of links to other stories): lines of a few words,
     * most capitalised, none ending like a sentence. A subheading stands alone over its paragraph.
     */
    private static void markHeadlineRuns(List<PageLine> lines) {
        int start = firstProse(lines) + 1;
        for (int i = start; i <= lines.size(); i++) {
            if (i < lines.size() && isLinkLike(lines.get(i))) {
                continue;
            }
            if (i - start >= MIN_HEADLINE_RUN && capitalised(lines, start, i)) {
                for (int j = start; j < i; j++) {
                    lines.set(j, lines.get(j).as(LineKind.END));
                }
            }
            start = i + 1;
        }
    }

    /** The first prose line; above it stand the page's header and its own headline, no story list. */
    private static int firstProse(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind() == LineKind.PROSE) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean capitalised(List<PageLine> lines, int from, int to) {
        int headlines = 0;
        for (int j = from; j < to; j++) {
            headlines += LineClassifier.capitalShare(lines.get(j).text()) >= MIN_HEADLINE_CAPITALS ? 1 : 0;
        }
        return headlines * 2 >= to - from;
    }

    private static boolean isLinkLike(PageLine line) {
        return line.kind() == LineKind.SHORT && !line.endsSentence() && line.words() >= MIN_HEADLINE_WORDS
                && line.words() <= MAX_HEADLINE_WORDS;
    }

    /** "Read more: Headline Of Another Story": a short label, a colon and a headline with no full stop. */
    private static void markLabelledLinks(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            String text = line.text();
            if (line.kind() != LineKind.SHORT || line.endsSentence() || text.indexOf(':') < 0
                    || !LABELLED_LINK.matcher(text).find()) {
                continue;
            }
            String label = text.substring(0, text.indexOf(':')).replaceFirst("^[\\[(]", "");
            int labelWords = label.strip().split("\\s+").length;
            if (labelWords <= MAX_LABEL_WORDS && line.words() - labelWords >= MIN_HEADLINE_WORDS) {
                lines.set(i, line.as(LineKind.PROMO));
            }
        }
    }

    /**
     * A copyright notice ("© 2019 Example Media", "Copyright 2020 The Associated Press. All rights
     * reserved."): the mark and a year open it. Reads like a sentence, is no article text.
     */
    private static void markCopyright(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (line.words() <= MAX_COPYRIGHT_WORDS && COPYRIGHT.matcher(line.text()).find()) {
                lines.set(i, line.as(LineKind.COPYRIGHT));
            }
        }
    }
}
