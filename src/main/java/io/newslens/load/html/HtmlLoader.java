package io.newslens.load.html;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import io.newslens.Metadata;
import io.newslens.load.ArticleLoader;
import io.newslens.load.TextDecoder;
import io.newslens.model.Article;
import io.newslens.model.Published;

/**
 * Loads saved HTML pages ({@code .html}, "complete page" saves, {@code .mhtml} archives, HTML input
 * records): the article's paragraphs without the page around them, and the page's metadata with
 * where each field came from. Thread-safe: it holds no state.
 */
public final class HtmlLoader implements ArticleLoader {

    /** What browsers write at the top of a saved page. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)\\s*(\\S+?)\\s*-->");

    @Override
    public Article load(String content, Metadata known) {
        Page page = page(content, known);
        PageMetadata meta = page.metadata();
        String title = known.title() != null ? known.title() : value(meta.title());
        ContentExtractor.Result body = ContentExtractor.extract(page.doc().body(), title, meta.articleBody());
        Published published = known.published() != null ? new Published(known.published(), "metadata")
                : meta.published() == null ? null : new Published(meta.published().value(), meta.published().basis());
        List<String> authors = meta.authors() == null ? List.of() : meta.authors().value();
        String text = body.text().isBlank() ? declaredText(meta) : body.text();
        return new Article(title, authors, value(meta.publisher()), published, null, text, body.removed());
    }

    /**
     * For pages whose article is not in the markup (filled in by scripts): the JSON-LD article body,
     * else the page's summary, else nothing.
     */
    private static String declaredText(PageMetadata meta) {
        String declared = meta.articleBody() != null ? meta.articleBody() : meta.description();
        if (declared == null) {
            return "";
        }
        return PARAGRAPH_BREAK.splitAsStream(declared.strip()).map(p -> Jsoup.parse(p).text().strip())
                .filter(p -> !p.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    /** The metadata of a page alone, each field with its source. */
    public PageMetadata metadata(String content, Metadata known) {
        return page(content, known).metadata();
    }

    private record Page(Document doc, PageMetadata metadata) {
    }

    private static Page page(String content, Metadata known) {
        // Files come normalized from HtmlDecoder; records may still have CRLF line ends.
        String html = content.indexOf('\r') >= 0 ? TextDecoder.normalize(content) : content;
        String url = known.url();
        LocalDate savedOn = null;
        if (Mhtml.isMhtml(html)) {
            Mhtml.Page archived = Mhtml.read(html);
            if (archived != null) {
                html = TextDecoder.normalize(archived.html());
                url = url != null ? url : archived.url();
                savedOn = archived.savedOn();
            }
        }
        if (url == null) {
            Matcher m = SAVED_FROM.matcher(html.substring(0, Math.min(html.length(), 2000)));
            url = m.find() ? m.group(1) : null;
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        return new Page(doc, MetadataReader.read(doc, url, savedOn));
    }

    private static <T> T value(Sourced<T> s) {
        return s == null ? null : s.value();
    }
}
