package io.newslens.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.newslens.NewsLens;
import io.newslens.serve.Server;
import io.newslens.serve.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newslens serve}: the analysis as a local HTTP JSON service. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the analysis over HTTP: POST /v1/analyze, POST /v1/view, GET /view, "
                + "/v1/health, /v1/version, /v1/openapi.json. Stops on SIGTERM or Ctrl-C, letting requests "
                + "in flight finish.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Another "
                    + "address also makes the server answer any host name, not loopback names alone.")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8080;

    @Option(names = "--workers", paramLabel = "N", description = "Analyses run at once (default: the number of cores).")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--queue", paramLabel = "N",
            description = "Analyses that may wait for a worker before requests get 503 (default: ${DEFAULT-VALUE}).")
    int queue = 64;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Give up on a request's analysis after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeLimit = 60;

    @Option(names = "--read-timeout", paramLabel = "SECONDS",
            description = "Close a connection whose request takes longer to arrive (default: ${DEFAULT-VALUE}).")
    long readTimeout = 30;

    @Option(names = "--max-size", paramLabel = "MIB",
            description = "Refuse request bodies larger than this many MiB (default: ${DEFAULT-VALUE}).")
    double maxSizeMiB = 10;

    @Option(names = "--grace", paramLabel = "SECONDS",
            description = "On SIGTERM, wait up to this long for requests in flight (default: ${DEFAULT-VALUE}).")
    long grace = 30;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long maxBytes = (long) (maxSizeMiB * 1024 * 1024);
        Settings settings;
        try {
            settings = new Settings(host, port, workers, queue, Duration.ofSeconds(timeLimit), maxBytes,
                    Duration.ofSeconds(readTimeout), !InetAddress.getByName(host).isLoopbackAddress());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        NewsLens lens = NewsLens.builder().maxInputBytes(maxBytes).build();
        Server server = Server.start(lens, settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("newslens: stopping, letting requests in flight finish");
            server.stop(Duration.ofSeconds(grace));
        }, "newslens-serve-stop"));
        System.err.println("newslens: serving on http://" + hostPart(host) + ":" + server.port() + "/ (page: /view)");
        server.awaitStop();
        return 0;
    }

    private static String hostPart(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
