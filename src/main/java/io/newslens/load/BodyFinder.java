package io.newslens.load;

import java.util.List;

/**
 * Picks the article body among a page's classified lines: the contiguous stretch where prose
 * outweighs clutter most, hardly ever crossing a heading of related stories, a list of dated
 * entries or readers' comments; inside it
 * the prose lines and the short lines framed by prose (subheadings, one-line quotes, short lists)
 * are kept, furniture is not.
 */
final class BodyFinder {

    /** What a short line costs the stretch: a few in a row between paragraphs are affordable. */
    private static final int SHORT_COST = 3;
    /** What known furniture costs the stretch. */
    private static final int CLUTTER_COST = 3;
    /** Longest run of short lines kept between two paragraphs. */
    private static final int MAX_SHORT_RUN = 4;
    /** What a related-stories heading costs: the article goes on past one only if much prose follows. */
    private static final int END_COST = 20;
    /** Prose words before a closing heading that make it close the article (bar an ad in between). */
    private static final int CLOSED_ARTICLE_WORDS = 60;
    /** What prose after such a heading counts for. */
    private static final double AFTER_END_FACTOR = 0.5;
    /** What a prose line standing alone counts for. */
    private static final double ISOLATED_FACTOR = 0.25;
    /** Longest list (a run of short lines after a colon) kept between two paragraphs. */
    private static final int MAX_LIST_RUN = 12;
    /** Lines without prose in a row that cost no more than their own weight. */
    private static final int FREE_GAP = 3;
    /** How much each further line of such a run adds to the cost of a line. */
    private static final double GAP_GROWTH = 0.3;
    /** How far to look for the framing prose; bounds the work per line. */
    private static final int MAX_LOOK = 14;

    /** Which of {@code lines} belong to the body. */
    boolean[] find(List<PageLine> lines) {
        boolean[] body = new boolean[lines.size()];
        int[] span = bestSpan(lines);
        if (span == null) {
            // no prose at all (a note, a list): what is not furniture is all the text there is
            for (PageLine line : lines) {
                body[line.index()] = line.kind() == LineKind.SHORT;
            }
            return body;
        }
        for (int i = span[0]; i <= span[1]; i++) {
            PageLine line = lines.get(i);
            body[i] = line.kind() == LineKind.PROSE
                    || line.kind() == LineKind.SHORT && framedByProse(lines, i, span);
        }
        return body;
    }

    /**
     * The [first, last] line indexes of the best-scoring stretch, or {@code null} if there is no prose.
     * Readers' comments after a run of real prose end the search; past a related-stories heading that
     * ends such a run, prose counts for less, as it is more often teasers than the article going on.
     */
    private static int[] bestSpan(List<PageLine> lines) {
        int bestStart = -1;
        int bestEnd = -1;
        double best = 0;
        double sum = 0;
        int start = 0;
        double factor = 1;
        int gap = 0;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            gap = line.kind() == LineKind.PROSE ? 0 : gap + 1;
            if (line.kind() == LineKind.COMMENTS) {
                if (sum >= CLOSED_ARTICLE_WORDS) {
                    break;
                }
            } else if (line.kind() == LineKind.END && sum >= CLOSED_ARTICLE_WORDS) {
                factor = AFTER_END_FACTOR;
            }
            double w = weight(lines, i);
            sum += w > 0 ? w * factor : w * gapFactor(gap);
            if (sum <= 0) {
                sum = 0;
                start = i + 1;
            } else if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i;
            }
        }
        return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
    }

    /**
     * How much more a line costs for standing deep in a run without prose: a few lines between two
     * paragraphs are an image or an ad, a long run means the article has ended.
     */
    private static double gapFactor(int gap) {
        return gap <= FREE_GAP ? 1 : 1 + (gap - FREE_GAP) * GAP_GROWTH;
    }

    /** What line {@code i} adds to a stretch: prose its words, anything else a cost. */
    private static double weight(List<PageLine> lines, int i) {
        PageLine line = lines.get(i);
        return switch (line.kind()) {
            case PROSE -> line.words() * (isolated(lines, i) ? ISOLATED_FACTOR : 1);
            case SHORT -> -SHORT_COST;
            case END, COMMENTS -> -END_COST;
            default -> -CLUTTER_COST;
        };
    }

    /**
     * Whether prose line {@code i} stands alone between short lines (furniture, bylines and
     * related-story headings aside): the summary of a teaser under its headline, rarely an article
     * paragraph.
     */
    private static boolean isolated(List<PageLine> lines, int i) {
        return !proseNext(lines, i, -1) && !proseNext(lines, i, 1) && !underByline(lines, i);
    }

    /**
     * Whether line {@code i} stands right under a byline or a timestamp (furniture aside): there the
     * article opens, whatever follows its first paragraph. Stamps of a list of stories are no longer
     * timestamps by then.
     */
    private static boolean underByline(List<PageLine> lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).kind().isFurniture()) {
            j--;
        }
        return j >= 0 && (lines.get(j).kind() == LineKind.BYLINE || lines.get(j).kind() == LineKind.TIMESTAMP);
    }

    private static boolean proseNext(List<PageLine> lines, int i, int step) {
        for (int j = i + step, n = 0; j >= 0 && j < lines.size() && n < MAX_LOOK; j += step, n++) {
            LineKind kind = lines.get(j).kind();
            if (!kind.isFurniture() && kind != LineKind.END && kind != LineKind.BYLINE) {
                return kind == LineKind.PROSE;
            }
        }
        return false;
    }

    /**
     * Whether the short line {@code i} sits in a short run with prose on both sides (furniture
     * aside); a run that a colon introduces is a list and may be longer, one that a related-stories
     * heading introduces is that list of stories.
     */
    private static boolean framedByProse(List<PageLine> lines, int i, int[] span) {
        int shortRun = 1;
        boolean list = lines.get(i).text().endsWith(":");
        int before = i - 1;
        while (before >= span[0] && i - before <= MAX_LOOK && lines.get(before).kind() != LineKind.PROSE) {
            if (lines.get(before).kind() == LineKind.END) {
                return false;
            }
            shortRun += lines.get(before).kind() == LineKind.SHORT ? 1 : 0;
            list |= lines.get(before).text().endsWith(":");
            before--;
        }
        int after = i + 1;
        while (after <= span[1] && after - i <= MAX_LOOK && lines.get(after).kind() != LineKind.PROSE) {
            shortRun += lines.get(after).kind() == LineKind.SHORT ? 1 : 0;
            after++;
        }
        if (before < span[0] || after > span[1]
                || lines.get(before).kind() != LineKind.PROSE || lines.get(after).kind() != LineKind.PROSE) {
            return false;
        }
        list |= lines.get(before).text().endsWith(":");
        return shortRun <= (list ? MAX_LIST_RUN : MAX_SHORT_RUN);
    }
}
