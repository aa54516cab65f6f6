import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The browser check: headless Chromium renders the `view` page of each seed article, a page of hostile
 * article text, and the pages `serve` answers; the rendered DOM must hold a mark for every mention of the
 * analysis JSON and a link from every quote to its speaker, the page's own script must have run and no
 * script of the article. Screenshots go to target/browser-check/.
 *
 * Run from the repository root after the build: java -cp target/newslens.jar .ci/BrowserCheck.java
 */
public class BrowserCheck {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path OUT = Path.of("target/browser-check");
    static final String JAR = "target/newslens.jar";
    static final String HOSTILE = "<script>document.body.dataset.pwned='script'</script> Mike Pompeo said "
            + "\"<img src=x onerror=\"document.body.dataset.pwned='img'\">\" in Seoul on Thursday.\n\n"
            + "<a href=\"javascript:document.body.dataset.pwned='link'\">javascript:alert(1)</a> "
            + "<svg onload=\"document.body.dataset.pwned='svg'\"></svg>\n";

    static String chromium = System.getenv().getOrDefault("CHROMIUM", "chromium");
    static int failures;

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        List<Path> seeds = new ArrayList<>();
        try (var files = Files.list(Path.of("testdata/seeds"))) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(seeds::add);
        }
        for (Path seed : seeds) {
            String name = "seed-" + seed.getFileName().toString().substring(0, 3);
            JsonNode json = MAPPER.readTree(run(List.of("analyze", seed.toString()), null));
            Path page = OUT.resolve(name + ".html");
            run(List.of("view", seed.toString(), "-o", page.toString()), null);
            checkArticle(name, render(page.toUri().toString(), name), json);
        }
        Path hostileText = OUT.resolve("hostile.txt");
        Files.writeString(hostileText, HOSTILE);
        Path hostilePage = OUT.resolve("hostile.html");
        run(List.of("view", hostileText.toString(), "-o", hostilePage.toString()), null);
        Document hostile = render(hostilePage.toUri().toString(), "hostile");
        check(hostile.body().wholeText().contains("<script>document.body.dataset.pwned"),
                "hostile: the script tag shows as text");
        check(hostile.selectFirst("html.js") != null, "hostile: the page's own script ran");
        check(hostile.selectFirst("[data-pwned], img, svg, a[href^=javascript]") == null,
                "hostile: no script, image or link from the article");
        checkServed(seeds.get(0));
        System.out.println(failures == 0 ? "browser-check: all passed" : "browser-check: " + failures + " failed");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Starts `serve` on a free port, draws its paste page and the page POST /v1/view answers for a seed. */
    static void checkServed(Path seed) throws Exception {
        Process server = new ProcessBuilder("java", "-jar", JAR, "serve", "--port", "0")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int port = port(server);
            Document paste = render("http://127.0.0.1:" + port + "/view", "served-paste");
            check(paste.selectFirst("form[action=/v1/view] textarea[name=text]") != null,
                    "served paste page: has its form");
            HttpClient client = HttpClient.newHttpClient();
            String text = Files.readString(seed);
            String json = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/analyze"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> view = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/v1/view")).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
            check(view.statusCode() == 200, "served view: status 200");
            Path page = OUT.resolve("served-view.html");
            Files.writeString(page, view.body());
            checkArticle("served-view", render(page.toUri().toString(), "served-view"), MAPPER.readTree(json));
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
        }
    }

    static int port(Process server) throws IOException {
        Pattern serving = Pattern.compile("serving on http://[^:]+:(\\d+)/");
        var err = new java.io.BufferedReader(new java.io.InputStreamReader(server.getErrorStream(),
                StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        err.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException ignored) {
                        // the server is gone
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IOException("serve did not start");
    }

    /** The checks every drawn article must pass. */
    static void checkArticle(String name, Document dom, JsonNode json) {
        int mentions = 0;
        int missing = 0;
        for (String kind : List.of("people", "places", "organizations")) {
            for (JsonNode e : json.path(kind)) {
                for (JsonNode m : e.path("mentions")) {
                    mentions++;
                    Element mark = dom.selectFirst("#body mark.m[data-entity=" + e.get("id").asText() + "][data-start="
                            + m.get("start").asInt() + "][data-end=" + m.get("end").asInt() + "]");
                    if (mark == null || !mark.text().replace("\u00a0", " ").startsWith(
                            m.get("text").asText().substring(0, 1))) {
                        missing++;
                        System.out.println(name + ": no mark for " + e.get("id").asText() + " " + m);
                    }
                }
            }
        }
        check(missing == 0, name + ": all " + mentions + " mentions marked");
        int dates = json.path("dates").size();
        check(dom.select("#body mark.d[id]").size() == dates, name + ": all " + dates + " dates marked");
        int quotes = 0;
        int unlinked = 0;
        for (int i = 0; i < json.path("quotes").size(); i++) {
            JsonNode speaker = json.path("quotes").get(i).path("speaker");
            Element quote = dom.getElementById("q-" + i);
            if (quote == null) {
                unlinked++;
                continue;
            }
            if (speaker.hasNonNull("entity")) {
                quotes++;
                String id = speaker.get("entity").asText();
                if (quote.selectFirst("> a.who[href=#ent-" + id + "]") == null || dom.getElementById("ent-" + id) == null) {
                    unlinked++;
                    System.out.println(name + ": quote " + i + " not linked to " + id);
                }
            }
        }
        check(unlinked == 0, name + ": all " + quotes + " quotes with a speaker entity link to it");
        check(dom.selectFirst("html.js") != null, name + ": the page's own script ran");
        check(dom.selectFirst("[data-pwned]") == null, name + ": no script from the article ran");
        check(dom.select("script").size() == 1, name + ": one script element, the page's own");
    }

    /** Chromium's rendered DOM of {@code url}, and its screenshot. */
    static Document render(String url, String name) throws Exception {
        String dom = chromium(url, "--dump-dom");
        Files.writeString(OUT.resolve(name + ".dom.html"), dom);
        chromium(url, "--screenshot=" + OUT.resolve(name + ".png").toAbsolutePath(), "--window-size=1280,1600",
                "--hide-scrollbars");
        return Jsoup.parse(dom);
    }

    static String chromium(String url, String... mode) throws Exception {
        Path profile = Files.createTempDirectory("browser-check-profile");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(mode));
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("chromium failed on " + url);
        }
        deleteTree(profile);
        return out;
    }

    static String run(List<String> args, String stdin) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", JAR));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("newslens " + args + " failed");
        }
        return out;
    }

    static void check(boolean ok, String what) {
        System.out.println((ok ? "ok   " : "FAIL ") + what);
        if (!ok) {
            failures++;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
