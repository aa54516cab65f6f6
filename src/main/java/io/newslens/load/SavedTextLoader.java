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
 * their kinds). Thread-safe: it holds no mutable state.
 */
public final class SavedTextLoader implements ArticleLoader {

    /** How far above the body a byline may stand. */
    private static final int MAX_BYLINE_DISTANCE = 30;

    /** How far below the body a wire trailer naming the reporters may stand. */
    private static final int TRAILER_DISTANCE = 3;

    private final LineClassifier classifier = new LineClassifier();
    private final BodyFinder bodyFinder = new BodyFinder();

    @Override
    public Article load(String content, Metadata known) {
        List<PageLine> lines = classify(content);
        boolean[] inBody = bodyFinder.find(lines);
        int start = firstBodyLine(inBody);
        int end = lastBodyLine(inBody);
        PageLine titleLine = TitleFinder.find(lines, start);
        int bylineAt = bylineLine(lines, start, end);
        Byline byline = bylineAt < 0 ? null : Byline.parse(lines.get(bylineAt).text());
        String agencyUnder = bylineAt >= 0 && bylineAt + 1 < lines.size() && !inBody[bylineAt + 1]
                ? Byline.agencyLine(lines.get(bylineAt + 1).text()) : null;

        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Segments removed = new Segments();
        for (PageLine line : lines) {
            int i = line.index();
            if (inBody[i]) {
                paragraphs.add(line.text());
                removed.breakRun();
            } else if (line == titleLine) {
                removed.addAlone(SegmentKind.OTHER, line.text());
            } else if (i == bylineAt || agencyUnder != null && i == bylineAt + 1) {
                removed.add(SegmentKind.BYLINE, line.text());
            } else {
                removed.add(line.kind().removedAs(), line.text());
            }
            if (line.kind() == LineKind.CAPTION) {
                captions.add(line.text());
            }
        }
        String body = String.join("\n\n", paragraphs);
        Dateline dateline = DatelineFinder.find(body);
        String title = known.title() != null ? known.title() : titleLine == null ? null : titleLine.text();
        List<String> authors = byline == null ? List.of() : byline.authors();
        String publisher = byline != null && byline.agency() != null ? byline.agency()
                : agencyUnder != null ? agencyUnder : dateline != null ? dateline.agency() : null;
        return new Article(title, authors, publisher, published(known, lines, start, end, captions, body),
                dateline, body, removed.list());
    }

    private static Published published(Metadata known, List<PageLine> lines, int start, int end,
                                       List<String> captions, String body) {
        if (known.published() != null) {
            return new Published(known.published(), PublishedFinder.METADATA);
        }
        Published stamped = PublishedFinder.fromTimestamp(lines, start, end);
        return stamped != null ? stamped : PublishedFinder.infer(captions, body);
    }

    private List<PageLine> classify(String content) {
        List<PageLine> lines = new ArrayList<>();
        for (String raw : content.split("\n")) {
            String text = raw.strip();
            if (!text.isEmpty()) {
                lines.add(classifier.classify(lines.size(), text));
            }
        }
        LineClassifier.markRepeated(lines);
        LineClassifier.markCaptions(lines);
        return lines;
    }

    /**
     * The byline nearest above the body, else the first one within it or in the trailer just
     * after it ("(Reporting by ...)"); -1 if none.
     */
    private static int bylineLine(List<PageLine> lines, int start, int end) {
        for (int i = start - 1; i >= Math.max(0, start - MAX_BYLINE_DISTANCE); i--) {
            if (lines.get(i).kind() == LineKind.BYLINE) {
                return i;
            }
        }
        for (int i = start; i <= Math.min(end + TRAILER_DISTANCE, lines.size() - 1); i++) {
            if (lines.get(i).kind() == LineKind.BYLINE) {
                return i;
            }
        }
        return -1;
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
