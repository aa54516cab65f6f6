package io.newslens.model;

/** The kinds of page parts the loader removes from the article body. */
public enum SegmentKind {
    /** Menus, "Skip to main content", section names, footers, share bars, cookie banners. */
    NAVIGATION,
    /** Photo and video captions. */
    CAPTION,
    /** Photo credits and copyright lines. */
    CREDIT,
    /** Promotions and related-story lists: "Recommended Videos", "Latest News", "Loading...". */
    PROMO,
    /** Publication and update timestamps. */
    TIMESTAMP,
    /** The byline. */
    BYLINE,
    /** The headline and anything else that is not body text and fits no other kind. */
    OTHER
}
