package io.newslens.load;

import io.newslens.model.SegmentKind;

/** What one line of a saved page looks like on its own, before its neighbours are considered. */
enum LineKind {
    /** A sentence-like line long enough to be article text. */
    PROSE(null),
    /** A short line that is neither clearly prose nor clearly clutter: headings, list items, quotes. */
    SHORT(SegmentKind.OTHER),
    NAVIGATION(SegmentKind.NAVIGATION),
    CAPTION(SegmentKind.CAPTION),
    CREDIT(SegmentKind.CREDIT),
    /** A copyright notice. */
    COPYRIGHT(SegmentKind.CREDIT),
    PROMO(SegmentKind.PROMO),
    TIMESTAMP(SegmentKind.TIMESTAMP),
    BYLINE(SegmentKind.BYLINE),
    /** A short line that the page repeats: a label of a story list, an image's alternative text. */
    REPEATED(SegmentKind.OTHER),
    /** A heading of related stories, "Most read": usually after the article, sometimes set into it. */
    END(SegmentKind.PROMO),
    /** The heading of readers' comments, which close the article. */
    COMMENTS(SegmentKind.NAVIGATION);

    private final SegmentKind removedAs;

    LineKind(SegmentKind removedAs) {
        this.removedAs = removedAs;
    }

    /** The segment kind a line of this kind gets when it is not part of the body. */
    SegmentKind removedAs() {
        return removedAs == null ? SegmentKind.OTHER : removedAs;
    }

    /** Whether the line is furniture that a page may set between two paragraphs of its article. */
    boolean isFurniture() {
        return this == NAVIGATION || this == PROMO || this == CAPTION || this == CREDIT || this == COPYRIGHT;
    }

    /** Whether the line is known page furniture (as opposed to prose or an unknown short line). */
    boolean isClutter() {
        return this != PROSE && this != SHORT;
    }
}
