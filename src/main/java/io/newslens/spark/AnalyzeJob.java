package io.newslens.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The Spark job: saved articles or JSON Lines records in, JSON Lines (each line what {@code newslens
 * analyze} prints for that input) or Parquet out. Run it with {@code spark-submit} on a cluster, or with
 * {@code java -jar newslens-spark.jar --master 'local[2]' ...} on one machine. Exit code 0 when every
 * input was analysed, 1 when some failed (their rows say why), 2 on a usage error.
 */
@Command(name = "newslens-spark", mixinStandardHelpOptions = true,
        description = "Analyses saved articles (a folder of .txt/.html files, searched recursively) or JSON "
                + "Lines input records on Spark and writes one output row per input.")
public final class AnalyzeJob implements Callable<Integer> {

    /** Output formats. */
    enum Format { JSONL, PARQUET }

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A folder or file of saved articles, or a JSON Lines file of records (.jsonl, .ndjson, .json).")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "The output folder (Spark part files); it must not exist yet, unless --overwrite.")
    String output;

    @Option(names = "--format", paramLabel = "jsonl|parquet",
            description = "jsonl: the command line's JSON lines; parquet: the JSON and typed columns (default: jsonl).")
    String format = "jsonl";

    @Option(names = "--records", description = "Read the input as JSON Lines records whatever its name.")
    boolean records;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of the inputs, when they do not say.")
    LocalDate published;

    @Option(names = "--max-size", paramLabel = "MIB",
            description = "Refuse inputs larger than this many MiB (default: ${DEFAULT-VALUE}).")
    double maxSizeMiB = 10;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Give up on an article after this many seconds (default: ${DEFAULT-VALUE}).")
    long timeLimit = 60;

    @Option(names = "--overwrite", description = "Replace the output folder if it exists.")
    boolean overwrite;

    /**
     * Runs the job and exits with its code; started from the local jar, in a JVM that maps the build's
     * class-data archive ({@link SharedClasses}).
     */
    public static void main(String[] args) {
        Optional<Integer> handedOver = SharedClasses.relaunch(args);
        if (handedOver.isPresent()) {
            System.exit(handedOver.get());
        }
        int code = run(args);
        if (SparkSession.getActiveSession().isDefined()) {
            SparkSession.getActiveSession().get().stop();
        }
        System.exit(code);
    }

    /**
     * Runs the job in the active Spark session (or a new one) and returns its exit code: 0 all analysed,
     * 1 some inputs failed, 2 usage error.
     */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new AnalyzeJob());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newslens-spark: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        Format out = parseFormat();
        long maxBytes = (long) (maxSizeMiB * 1024 * 1024);
        if (maxBytes < 1 || timeLimit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-size and --time-limit must be positive");
        }
        SparkSession spark = session();
        checkOutput(spark);
        LongAccumulator inputs = spark.sparkContext().longAccumulator("newslens inputs");
        LongAccumulator failed = spark.sparkContext().longAccumulator("newslens failed inputs");
        Settings settings = new Settings(published, maxBytes, timeLimit, inputs, failed);
        OutputRows.Shape shape = out == Format.JSONL ? OutputRows.Shape.JSON : OutputRows.Shape.TYPED;
        Dataset<Row> rows = records || Inputs.isRecords(input) ? Inputs.lines(spark, input, settings, shape)
                : Inputs.files(spark, input, settings, shape);
        write(rows, out);
        // Counted by the one action that wrote the rows: Spark applies each finished task's counts once.
        spec.commandLine().getErr().printf(Locale.ROOT, "newslens-spark: analysed %d, failed %d, written to %s%n",
                inputs.value() - failed.value(), failed.value(), output);
        return failed.value() == 0 ? 0 : 1;
    }

    private Format parseFormat() {
        try {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format must be jsonl or parquet, not " + format);
        }
    }

    /**
     * The running session (an application's, a test's) as it is, or a new one with the job's defaults
     * for what the user has not set (spark-submit's {@code --conf}, {@code -Dspark.*} properties).
     */
    private SparkSession session() {
        if (SparkSession.getActiveSession().isDefined()) {
            return SparkSession.getActiveSession().get();
        }
        if (SparkSession.getDefaultSession().isDefined()) {
            return SparkSession.getDefaultSession().get();
        }
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            // Started with java -jar rather than spark-submit: this machine's cores.
            conf.setMaster("local[*]");
        }
        defaults(conf);
        // The classic builder directly: SparkSession.builder() first looks for an implementation by Scala
        // reflection, which cost about a CPU-second of every run.
        return org.apache.spark.sql.classic.SparkSession.builder().config(conf).getOrCreate();
    }

    /** Sets the job's defaults in {@code conf} where it has no value. */
    static SparkConf defaults(SparkConf conf) {
        conf.setIfMissing("spark.app.name", "newslens");
        if (conf.get("spark.master", "").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        conf.setIfMissing("spark.hadoop.fs.file.impl", LocalFiles.class.getName());
        // Spark counts 4 MiB per file when packing files into tasks, about 32 articles a task: each task
        // then costs more to start, serialize and commit than its articles take. 64 KiB packs up to about
        // 1,600 articles (128 MiB) into a task and still spreads a folder over every core.
        conf.setIfMissing("spark.sql.files.openCostInBytes", "65536");
        return conf;
    }

    private void checkOutput(SparkSession spark) throws IOException {
        Path dir = new Path(output);
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(dir) && !overwrite) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "the output folder " + output + " exists already (give --overwrite to replace it)");
        }
    }

    private void write(Dataset<Row> rows, Format out) {
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        if (out == Format.JSONL) {
            rows.select("json").write().mode(mode).text(output);
        } else {
            rows.write().mode(mode).parquet(output);
        }
    }
}
