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
 * around it. First version: body = runs of prose lines; everything else is kept as removed segments.
 */
public final class SavedTextLoader implements ArticleLoader {

    @Override
    public Article load(String content, Metadata known) {
        List<String> body = new ArrayList<>();
        List<Segment> removed = new ArrayList<>();
        String title = known.title();
        for (String raw : content.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isProse(line)) {
                body.add(line);
            } else if (title == null && body.isEmpty() && line.split(" ").length >= 4) {
                title = line;
                removed.add(new Segment(SegmentKind.OTHER, line));
            } else {
                removed.add(new Segment(SegmentKind.OTHER, line));
            }
        }
        Published published = known.published() == null ? null : new Published(known.published(), "given");
        return new Article(title, List.of(), null, published, null, String.join("\n\n", body), removed);
    }

    private static boolean isProse(String line) {
        return line.length() >= 80 && line.split(" ").length >= 12;
    }
}
