package io.newslens.load;

import java.util.ArrayList;
import java.util.List;

import io.newslens.Metadata;
import io.newslens.model.Article;
import io.newslens.model.Dateline;
import io.newslens.model.Published;
import io.newslens.model.Segment;
import io.newslens.model.SegmentKind;

/**
 * Loads text saved or copied from a browser: separates the article body from the page clutter
 * around it (menus, widgets, captions, credits, promos, footers) and reads the headline, byline,
 * publication date and dateline. Every non-blank input line ends up either in the body or in a
 * {@link Segment} of {@link Article#removed()} (the headline, byline and timestamp lines too, with
 * their kinds). What the caller knows ({@link Metadata#title()}, {@link Metadata#published()}) wins
 * over what the page says. Thread-safe: it holds no mutable state.
 */
public final class SavedTextLoader implements ArticleLoader {

    private final LineClassifier classifier = new LineClassifier();
    private final BodyFinder bodyFinder = new BodyFinder();

    @Override
    public Article load(String content, Metadata known) {
        // text from records and the Java API has not been through the decoder: normalize it here too
        List<PageLine> lines = classify(TextDecoder.normalize(content));
        boolean[] inBody = bodyFinder.find(lines);
        LineClassifier.nameRemoved(lines, inBody);
        int start = firstBodyLine(inBody);
        int end = lastBodyLine(inBody);
        Header header = Header.find(lines, inBody, start, end);
        String body = body(lines, inBody);
        Dateline dateline = DatelineFinder.find(body);
        Byline byline = header.parsedByline();
        String title = known.title() != null ? known.title() : header.titleText();
        String publisher = header.agency() != null ? header.agency() : dateline == null ? null : dateline.agency();
        return new Article(title, byline == null ? List.of() : byline.authors(), publisher,
                published(known, lines, start, end, body), dateline, body, removed(lines, inBody, header));
    }

    private List<PageLine> classify(String content) {
        List<PageLine> lines = new ArrayList<>();
        for (String raw : content.split("\n")) {
            String text = raw.strip();
            if (!text.isEmpty()) {
                lines.add(classifier.classify(lines.size(), text));
            }
        }
        LineClassifier.markForeignProse(lines);
        LineClassifier.markRepeated(lines);
        LineClassifier.markCaptions(lines);
        PageStructure.mark(lines);
        return lines;
    }

    private static String body(List<PageLine> lines, boolean[] inBody) {
        List<String> paragraphs = new ArrayList<>();
        for (PageLine line : lines) {
            if (inBody[line.index()]) {
                paragraphs.add(line.text());
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static List<Segment> removed(List<PageLine> lines, boolean[] inBody, Header header) {
        Segments removed = new Segments();
        for (PageLine line : lines) {
            int i = line.index();
            SegmentKind named = header.kindOf(i);
            if (inBody[i]) {
                removed.breakRun();
            } else if (named != null) {
                removed.addAlone(named, line.text());
            } else {
                removed.add(line.kind().removedAs(), line.text());
            }
        }
        return removed.list();
    }

    /**
     * The page's own explicit timestamp line comes first, then what the caller knows (sidecar,
     * --published), then inference from the text: the order issue 2 of the project fixed, since a
     * stamp on the page is the publisher's word while a sidecar is often a crawler's guess.
     */
    private static Published published(Metadata known, List<PageLine> lines, int start, int end, String body) {
        Published stamped = PublishedFinder.fromTimestamp(lines, start, end);
        if (stamped != null) {
            return stamped;
        }
        if (known.published() != null) {
            return new Published(known.published(), PublishedFinder.METADATA);
        }
        List<String> captions = lines.stream().filter(l -> l.kind() == LineKind.CAPTION).map(PageLine::text).toList();
        return PublishedFinder.infer(captions, body);
    }

    private static int firstBodyLine(boolean[] inBody) {
        for (int i = 0; i < inBody.length; i++) {
            if (inBody[i]) {
                return i;
            }
        }
        return inBody.length;
    }

    private static int lastBodyLine(boolean[] inBody) {
        for (int i = inBody.length - 1; i >= 0; i--) {
            if (inBody[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Builds the removed segments, joining neighbouring lines of one kind into one segment. */
    private static final class Segments {
        private final List<Segment> list = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private SegmentKind runKind;

        void add(SegmentKind kind, String text) {
            if (kind != runKind) {
                breakRun();
                runKind = kind;
            } else {
                run.append('\n');
            }
            run.append(text);
        }

        void addAlone(SegmentKind kind, String text) {
            breakRun();
            list.add(new Segment(kind, text));
        }

        void breakRun() {
            if (runKind != null) {
                list.add(new Segment(runKind, run.toString()));
                run.setLength(0);
                runKind = null;
            }
        }

        List<Segment> list() {
            breakRun();
            return list;
        }
    }
}
