package io.newslens.load;

import java.util.List;

import io.newslens.model.SegmentKind;

/**
 * The lines above (or just around) the body that name the article: its headline and its byline,
 * with the agency line a byline may have under it ("Associated Press").
 *
 * @param title the headline line's index, or -1
 * @param byline the byline line's index, or -1
 * @param agencyLine the index of the agency line under the byline, or -1
 * @param lines the page's lines
 */
record Header(int title, int byline, int agencyLine, List<PageLine> lines) {

    /** How far above the body a byline may stand. */
    private static final int MAX_BYLINE_DISTANCE = 30;
    /** How far below the body a wire trailer naming the reporters may stand. */
    private static final int TRAILER_DISTANCE = 3;

    /** Finds the header of the body that runs from line {@code start} to {@code end}. */
    static Header find(List<PageLine> lines, boolean[] inBody, int start, int end) {
        PageLine titleLine = TitleFinder.find(lines, start);
        int by = bylineLine(lines, start, end);
        int agency = by >= 0 && by + 1 < lines.size() && !inBody[by + 1]
                && Byline.agencyLine(lines.get(by + 1).text()) != null ? by + 1 : -1;
        return new Header(titleLine == null ? -1 : titleLine.index(), by, agency, lines);
    }

    /** The headline, or {@code null}. */
    String titleText() {
        return title < 0 ? null : lines.get(title).text();
    }

    /** The parsed byline, or {@code null}. */
    Byline parsedByline() {
        return byline < 0 ? null : Byline.parse(lines.get(byline).text());
    }

    /** The agency the byline names, on its line or under it, or {@code null}. */
    String agency() {
        Byline b = parsedByline();
        if (b != null && b.agency() != null) {
            return b.agency();
        }
        return agencyLine < 0 ? null : Byline.agencyLine(lines.get(agencyLine).text());
    }

    /** The kind line {@code i} is removed as, when the header has a say; else {@code null}. */
    SegmentKind kindOf(int i) {
        if (i == title) {
            return SegmentKind.OTHER;
        }
        return i == byline || i == agencyLine ? SegmentKind.BYLINE : null;
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
}
