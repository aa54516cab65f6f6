package io.newslens.load;

import java.util.ArrayList;
import java.util.List;

import io.newslens.Metadata;
import io.newslens.model.Article;
import io.newslens.model.Published;
import io.newslens.model.Segment;
import io.newslens.model.SegmentKind;

/**
 * Loads text saved or copied from a browser: separates the article body from the page clutter
 * around it (menus, widgets, captions, credits, promos, footers) and reads the headline, byline,
 * publication date and dateline. Every non-blank input line ends up either in the body or in a
 * {@link Segment} of {@link Article#removed()}. Thread-safe: it holds no mutable state.
 */
public final class SavedTextLoader implements ArticleLoader {

    private final LineClassifier classifier = new LineClassifier();
    private final BodyFinder bodyFinder = new BodyFinder();

    @Override
    public Article load(String content, Metadata known) {
        List<PageLine> lines = classify(content);
        boolean[] inBody = bodyFinder.find(lines);
        int bodyStart = firstBodyLine(inBody);
        PageLine titleLine = TitleFinder.find(lines, bodyStart);
        String title = known.title() != null ? known.title() : titleLine == null ? null : titleLine.text();
        List<String> body = new ArrayList<>();
        List<Segment> removed = new ArrayList<>();
        for (PageLine line : lines) {
            if (inBody[line.index()]) {
                body.add(line.text());
            } else {
                SegmentKind kind = line == titleLine ? SegmentKind.OTHER : line.kind().removedAs();
                removed.add(new Segment(kind, line.text()));
            }
        }
        Published published = known.published() == null ? null : new Published(known.published(), "metadata");
        return new Article(title, List.of(), null, published, null, String.join("\n\n", body), removed);
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

    private static int firstBodyLine(boolean[] inBody) {
        for (int i = 0; i < inBody.length; i++) {
            if (inBody[i]) {
                return i;
            }
        }
        return inBody.length;
    }
}
