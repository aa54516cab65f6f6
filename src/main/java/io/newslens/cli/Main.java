package io.newslens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newslens} command line. */
@Command(name = "newslens", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns saved news articles into structured data: people, places, organizations, "
                + "dates and quotes, as JSON.",
        subcommands = {AnalyzeCommand.class, ViewCommand.class, ServeCommand.class, EvalCommand.class,
                BenchCommand.class, TrainNerCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    /** Exit code when some inputs could not be analysed. */
    static final int SOME_FAILED = 1;

    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 all done, 1 some inputs failed, 2 usage error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newslens: " + e.getMessage());
            return SOME_FAILED;
        });
        return cli.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newslens " + (v == null ? "(development build)" : v)};
        }
    }
}
