package io.newslens.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.IntegralType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newslens.ArticleException;
import io.newslens.json.JsonLines;

/**
 * newslens as a Spark transformation: a DataFrame of input records in, one row per record out, with the
 * JSON the command line prints for that record and typed columns to query.
 *
 * <p>Each executor builds one newslens pipeline, on first use, and its tasks share it; records are
 * analysed partition by partition, so nothing but rows travels between the driver and the executors. A
 * record that cannot be analysed gets an error row (its {@code error} column says why), never a failed job.
 *
 * <pre>{@code
 * Dataset<Row> records = spark.read().json("records.jsonl");   // id, text or html, ...
 * Dataset<Row> out = NewsLensSpark.analyze(records);
 * out.select(col("id"), explode(col("people")).as("person")).groupBy("person.name").count();
 * }</pre>
 */
public final class NewsLensSpark {

    /** The input record columns, in the order the executors read them. */
    static final List<String> RECORD_COLUMNS = List.of("id", "text", "html", "format", "published", "title", "url");

    private NewsLensSpark() {
    }

    /**
     * The output columns: {@code id}; {@code json}, the line the command line prints; {@code title};
     * {@code published} (a date); {@code people}, {@code places}, {@code organizations} (arrays of
     * {@code {name, mentions, roles}}); {@code dates} ({@code {text, value, type}}); {@code quotes}
     * ({@code {text, kind, speakerName, speakerEntity}}); {@code error}, the reason a record failed or null.
     */
    public static StructType schema() {
        return OutputRows.SCHEMA;
    }

    /**
     * Analyses input records: columns {@code id} and {@code text} or {@code html} are required,
     * {@code format} ({@code plain}, {@code text}, {@code html}), {@code published}, {@code title} and
     * {@code url} optional, as in the command line's JSON Lines records. Strings throughout, except that
     * {@code id} may be a whole number and {@code published} a date or timestamp. A row without an id gets
     * an error row. Lazy, like any transformation.
     *
     * @throws IllegalArgumentException if a required column is missing or a column has another type
     */
    public static Dataset<Row> analyze(Dataset<Row> records) {
        return analyzeRecords(records, Settings.defaults());
    }

    static Dataset<Row> analyzeRecords(Dataset<Row> records, Settings settings) {
        JavaRDD<Row> rows = recordColumns(records).javaRDD()
                .mapPartitions(part -> map(part, row -> recordRow(row, settings)));
        return records.sparkSession().createDataFrame(rows, OutputRows.SCHEMA);
    }

    /** The record columns as strings, in {@link #RECORD_COLUMNS} order, null where absent. */
    private static Dataset<Row> recordColumns(Dataset<Row> records) {
        StructType schema = records.schema();
        Set<String> names = Set.of(schema.fieldNames());
        if (!names.contains("id") || !(names.contains("text") || names.contains("html"))) {
            throw new IllegalArgumentException("input records need the columns id and text or html; these have "
                    + String.join(", ", schema.fieldNames()));
        }
        Column[] columns = new Column[RECORD_COLUMNS.size()];
        for (int i = 0; i < columns.length; i++) {
            String name = RECORD_COLUMNS.get(i);
            if (names.contains(name)) {
                checkType(name, schema.apply(name));
                columns[i] = col(name).cast(DataTypes.StringType).as(name);
            } else {
                columns[i] = lit(null).cast(DataTypes.StringType).as(name);
            }
        }
        return records.select(columns);
    }

    private static void checkType(String name, StructField field) {
        DataType t = field.dataType();
        boolean ok = t.equals(DataTypes.StringType)
                || name.equals("id") && t instanceof IntegralType
                || name.equals("published") && (t.equals(DataTypes.DateType) || t.equals(DataTypes.TimestampType)
                        || t.equals(DataTypes.TimestampNTZType));
        if (!ok) {
            throw new IllegalArgumentException("input column " + name + " must be a string"
                    + (name.equals("published") ? " or a date" : "") + ", not " + t.simpleString());
        }
    }

    /** One input record's output row; the record is a row of {@link #RECORD_COLUMNS}. */
    private static Row recordRow(Row row, Settings settings) {
        String id = row.getString(0);
        if (id == null) {
            return OutputRows.of(null, settings.count(
                    JsonLines.failure(null, new ArticleException("(no id)", "record has no \"id\""))));
        }
        ObjectNode record = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < RECORD_COLUMNS.size(); i++) {
            if (!row.isNullAt(i)) {
                record.put(RECORD_COLUMNS.get(i), row.getString(i));
            }
        }
        JsonLines.Line line = TimeLimit.run(settings.timeLimitSeconds(), id,
                () -> JsonLines.record(record, id, settings.known(), settings.lens()::analyze));
        return OutputRows.of(id, settings.count(line));
    }

    /** Maps a partition lazily, row by row, so that a partition is never held in memory whole. */
    static <T> Iterator<Row> map(Iterator<T> in, Function<T, Row> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public Row next() {
                return f.apply(in.next());
            }
        };
    }
}
