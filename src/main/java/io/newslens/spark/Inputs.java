package io.newslens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.StringJoiner;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

import scala.Option;

import io.newslens.json.JsonLines;
import io.newslens.load.ArticleFiles;

/**
 * The job's two kinds of input, read by Spark and analysed on the executors: a folder of saved articles
 * (or one file), and a JSON Lines file of input records. Each input gives exactly the line the command
 * line prints for it.
 */
final class Inputs {

    private Inputs() {
    }

    /**
     * The saved articles under {@code input} ({@code .txt}, {@code .html}, ... searched recursively, with
     * their {@code NAME.meta.json} sidecars), one output row each. Spark reads the bytes
     * ({@code binaryFile}); decoding them is newslens' own, as on the command line. Files over the size
     * limit are refused from their listed length, never read.
     */
    static Dataset<Row> files(SparkSession spark, String input, Settings settings, OutputRows.Shape shape) {
        Names names = Names.of(spark, input);
        Listing listing = Listing.of(spark, input, settings.maxInputBytes());
        Dataset<Row> articles = list(spark, input, articleGlob())
                .filter(col("length").leq(lit(settings.maxInputBytes())))
                .select(col("path"), col("length"), col("content"));
        if (!listing.unread().isEmpty()) {
            articles = articles.union(spark.createDataFrame(listing.unread(), Listing.FILES));
        }
        if (!listing.savedPages().isEmpty()) {
            articles = articles.filter(col("path").isin(listing.savedPages().toArray()).unary_$bang());
        }
        articles = listing.sidecars() ? withSidecars(spark, input, articles)
                : articles.withColumn("sidecar", lit(null).cast(DataTypes.BinaryType));
        JavaRDD<Row> scanned = scan(spark, articles, listing.splitBytes(spark));
        JavaRDD<Row> rows = scanned.mapPartitions(part -> NewsLensSpark.map(part,
                row -> fileRow(names.display(row.getString(0)), row.getLong(1), (byte[]) row.get(2),
                        (byte[]) row.get(3), settings, shape)));
        return spark.createDataFrame(rows, shape.schema());
    }

    /**
     * The scan's rows, its files packed into tasks of at most {@code splitBytes}: Spark shares the files
     * when the plan becomes an RDD, so the setting is in force for that step only and the session is
     * left as it was.
     */
    private static JavaRDD<Row> scan(SparkSession spark, Dataset<Row> articles, long splitBytes) {
        String key = "spark.sql.files.maxPartitionBytes";
        Option<String> before = spark.conf().getOption(key);
        spark.conf().set(key, splitBytes);
        try {
            return articles.javaRDD();
        } finally {
            if (before.isDefined()) {
                spark.conf().set(key, before.get());
            } else {
                spark.conf().unset(key);
            }
        }
    }

    private static Row fileRow(String name, long length, byte[] content, byte[] sidecar, Settings settings,
            OutputRows.Shape shape) {
        JsonLines.Line line = TimeLimit.run(settings.timeLimitSeconds(), name,
                () -> JsonLines.analyze(name, null, () -> {
                    settings.lens().checkSize(name, length);
                    return settings.lens().analyze(name, content, sidecar, settings.known());
                }, false));
        return shape.row(name, settings.count(line));
    }

    private static Dataset<Row> list(SparkSession spark, String input, String glob) {
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .option("pathGlobFilter", glob).load(input);
    }

    /** The article extensions as a glob that ignores case: {@code *.{[tT][xX][tT],...}}. */
    static String articleGlob() {
        StringJoiner alternatives = new StringJoiner(",", "*.{", "}");
        for (String ext : ArticleFiles.extensions()) {
            StringBuilder b = new StringBuilder();
            for (char c : ext.substring(1).toCharArray()) {
                b.append('[').append(c).append(Character.toUpperCase(c)).append(']');
            }
            alternatives.add(b);
        }
        return alternatives.toString();
    }

    /**
     * Adds each article's sidecar bytes (column 3, null when it has none): a join on the name without
     * extension, which Spark broadcasts when the sidecars are few.
     */
    private static Dataset<Row> withSidecars(SparkSession spark, String input, Dataset<Row> articles) {
        Dataset<Row> sidecars = list(spark, input, "*.meta.json");
        Dataset<Row> keyed = sidecars.select(regexp_replace(col("path"), "\\.meta\\.json$", "").as("stem"),
                col("content").as("sidecar"));
        return articles.withColumn("stem", regexp_replace(col("path"), "\\.[^./]*$", ""))
                .join(keyed, "stem", "left_outer")
                .select(col("path"), col("length"), col("content"), col("sidecar"));
    }

    /**
     * The input records of a JSON Lines file, one output row per line that is not blank. Lines are
     * numbered as the command line numbers them, so a record without an id gets the same name
     * ({@code "record 7"}); then they are spread over the cluster.
     */
    static Dataset<Row> lines(SparkSession spark, String input, Settings settings, OutputRows.Shape shape) {
        JavaPairRDD<String, Long> numbered = spark.read().textFile(input).javaRDD().zipWithIndex()
                .filter(t -> !t._1().isBlank());
        int spread = 2 * spark.sparkContext().defaultParallelism();
        if (numbered.getNumPartitions() < spread) {
            numbered = numbered.repartition(spread);
        }
        JavaRDD<Row> rows = numbered.mapPartitions(part -> NewsLensSpark.map(part, t -> {
            int lineNo = (int) (t._2() + 1);
            JsonLines.Line line = TimeLimit.run(settings.timeLimitSeconds(), "record " + lineNo,
                    () -> JsonLines.record(t._1(), lineNo, settings.known(), settings.lens()::analyze));
            return shape.row("record " + lineNo, settings.count(line));
        }));
        return spark.createDataFrame(rows, shape.schema());
    }

    /**
     * How the command line would name each file: the input as given, then the path below it, so that
     * {@code --input testdata/seeds} names a file {@code testdata/seeds/NAME.txt}, not by its full URI.
     *
     * @param root the input's qualified path, as Spark names the files under it
     * @param given the input as the command line prints it
     */
    record Names(String root, String given) implements Serializable {

        static Names of(SparkSession spark, String input) {
            Path p = new Path(input);
            try {
                FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
                String given = p.toUri().getScheme() == null ? java.nio.file.Path.of(input).toString()
                        : input.replaceAll("/+$", "");
                return new Names(fs.makeQualified(p).toString(), given);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + input, e);
            }
        }

        String display(String path) {
            if (path.equals(root)) {
                return given;
            }
            return path.startsWith(root + "/") ? given + path.substring(root.length()) : path;
        }
    }

    /** Whether {@code input} names a JSON Lines file of records rather than saved articles. */
    static boolean isRecords(String input) {
        String n = input.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json");
    }
}
