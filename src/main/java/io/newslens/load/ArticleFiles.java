package io.newslens.load;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * Which files of a folder are articles to analyse: saved text and HTML pages, but not sidecars, nor the
 * pages inside the {@code NAME_files/} folder a browser's "complete page" save puts beside
 * {@code NAME.html}. Paths are strings with {@code /} separators, so that the rule serves the local
 * file system and distributed ones alike.
 */
public final class ArticleFiles {

    private static final String[] EXTENSIONS = {".txt", ".text", ".html", ".htm", ".mhtml", ".mht"};

    private ArticleFiles() {
    }

    /** The file name extensions of articles, lower case with their dot. */
    public static String[] extensions() {
        return EXTENSIONS.clone();
    }

    /**
     * Whether the file at {@code path} is an article.
     *
     * @param exists tells whether a path exists (asked only for files in a {@code NAME_files/} folder)
     */
    public static boolean isArticle(String path, Predicate<String> exists) {
        String n = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (n.endsWith(".meta.json")) {
            return false;
        }
        for (String ext : EXTENSIONS) {
            if (n.endsWith(ext)) {
                return !inSavedPageFolder(path, exists);
            }
        }
        return false;
    }

    private static boolean inSavedPageFolder(String path, Predicate<String> exists) {
        for (int end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
            String dir = path.substring(0, end);
            if (dir.endsWith("_files")) {
                String stem = dir.substring(0, dir.length() - "_files".length());
                if (!stem.endsWith("/") && (exists.test(stem + ".html") || exists.test(stem + ".htm"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
