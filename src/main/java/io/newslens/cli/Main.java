package io.newslens.cli;

import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newslens} command line. */
@Command(name = "newslens", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns saved news articles into structured data: people, places, organizations, "
                + "dates and quotes, as JSON.")
public final class Main {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(AnalyzeCommand.class, ViewCommand.class,
            ServeCommand.class, EvalCommand.class, BenchCommand.class, TrainNerCommand.class,
            CommandLine.HelpCommand.class);

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
        CommandLine cli = commandLine(args);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newslens: " + e.getMessage());
            return SOME_FAILED;
        });
        return cli.execute(args);
    }

    /**
     * The command line for {@code args}: with only the subcommand they name when they start with one
     * (other than {@code help}, which may name another), else with all. picocli reads a command's
     * whole model (options, help texts) when the command is added, and for all seven that was about a
     * tenth of a CPU-second of a cold one-article run, spent before any model starts loading. Usage
     * and error messages are the same: those of a subcommand only name it and its parent.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        boolean one = !first.equals("help") && SUBCOMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> c : SUBCOMMANDS) {
            if (!one || name(c).equals(first)) {
                cli.addSubcommand(c);
            }
        }
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newslens " + (v == null ? "(development build)" : v)};
        }
    }
}
