package io.newslens.load.html;

import java.time.LocalDate;
import java.util.List;

/**
 * What a saved HTML page says about its article, each field with its source. Any field may be
 * {@code null} when the page does not give it.
 *
 * @param title the headline without the site's name
 * @param authors the byline's people (or agencies), in order
 * @param publisher the site or publisher name
 * @param published the publication date (or, failing one, the modification date)
 * @param modified the last modification date
 * @param language the page language tag, e.g. {@code "en-US"}
 * @param canonicalUrl the page's own address
 * @param articleBody the article text the page declares in JSON-LD
 * @param description the page's summary ({@code og:description} or {@code <meta name=description>})
 */
public record PageMetadata(Sourced<String> title, Sourced<List<String>> authors, Sourced<String> publisher,
                           Sourced<LocalDate> published, Sourced<LocalDate> modified, Sourced<String> language,
                           Sourced<String> canonicalUrl, String articleBody,
                           String description) {
}
