package io.newslens.load.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened: top-level arrays, {@code @graph}
 * lists and nested objects all count, and {@code @id} references can be resolved.
 */
final class JsonLd {

    /** Pages often ship slightly broken JSON: raw line breaks in strings, trailing commas. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "livebloggosting", "liveblogposting", "report", "techarticle",
            "scholarlyarticle", "socialmediaposting", "posting", "satiricalarticle", "askpublicnewsarticle");

    private final List<JsonNode> objects;
    private final Map<String, JsonNode> byId;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
        this.byId = new HashMap<>();
        for (JsonNode o : objects) {
            String id = o.path("@id").asText("");
            if (!id.isEmpty() && o.size() > 1) {
                byId.putIfAbsent(id, o);
            }
        }
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try (JsonParser p = MAPPER.createParser(script.data().strip())) {
                collect(MAPPER.readTree(p), objects);
            } catch (java.io.IOException | RuntimeException broken) {
                // A broken script says nothing; the other sources still do.
            }
        }
        return new JsonLd(objects);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
        } else if (node.isObject()) {
            if (node.has("@type") || node.has("@id")) {
                out.add(node);
            }
            node.properties().forEach(e -> {
                if (e.getValue().isContainerNode()) {
                    collect(e.getValue(), out);
                }
            });
        }
    }

    /** The first article-typed object, else the first WebPage, else {@code null}. */
    JsonNode article() {
        for (JsonNode o : objects) {
            if (hasType(o, ARTICLE_TYPES)) {
                return o;
            }
        }
        for (JsonNode o : objects) {
            if (hasType(o, Set.of("webpage", "itempage", "collectionpage")) && o.has("datePublished")) {
                return o;
            }
        }
        return null;
    }

    /** The first object of one of {@code types} that has {@code field}. */
    JsonNode first(Set<String> types, String field) {
        for (JsonNode o : objects) {
            if (hasType(o, types) && o.hasNonNull(field)) {
                return o;
            }
        }
        return null;
    }

    /** {@code node} itself, or the object its {@code @id} refers to. */
    JsonNode resolve(JsonNode node) {
        if (node != null && node.isObject() && node.size() <= 2 && node.has("@id")) {
            JsonNode target = byId.get(node.get("@id").asText());
            return target != null ? target : node;
        }
        return node;
    }

    static boolean hasType(JsonNode o, Set<String> types) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (types.contains(simple(x.asText()))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(simple(t.asText()));
    }

    private static String simple(String type) {
        int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(slash + 1).toLowerCase(Locale.ROOT);
    }

    /** A text field: a string, or an object's {@code name}, or the first of an array. */
    String text(JsonNode node) {
        JsonNode n = resolve(node);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            JsonNode name = n.get("name");
            if (name == null) {
                name = n.get("@id");
            }
            return name == null ? null : text(name);
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** Every name in a field that may hold one person, several, strings or references. */
    List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        JsonNode n = resolve(node);
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.addAll(names(x)));
        } else if (n.isObject()) {
            JsonNode name = n.get("name");
            if (name != null) {
                out.addAll(names(name));
            }
        } else if (n.isTextual() && !n.asText().isBlank()) {
            out.add(n.asText().strip());
        }
        return out;
    }
}
