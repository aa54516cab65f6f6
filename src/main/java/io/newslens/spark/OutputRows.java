package io.newslens.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import io.newslens.json.JsonLines;
import io.newslens.model.Analysis;
import io.newslens.model.Article;
import io.newslens.model.Entity;
import io.newslens.model.Quote;
import io.newslens.model.TimeExpression;

/** The output rows: the JSON line and the typed columns analysts query. */
final class OutputRows {

    private static final StructType ENTITY = new StructType(new StructField[] {
        field("name", DataTypes.StringType),
        field("mentions", DataTypes.IntegerType),
        field("roles", new ArrayType(DataTypes.StringType, true)),
    });

    private static final StructType DATE = new StructType(new StructField[] {
        field("text", DataTypes.StringType),
        field("value", DataTypes.StringType),
        field("type", DataTypes.StringType),
    });

    private static final StructType QUOTE = new StructType(new StructField[] {
        field("text", DataTypes.StringType),
        field("kind", DataTypes.StringType),
        field("speakerName", DataTypes.StringType),
        field("speakerEntity", DataTypes.StringType),
    });

    /** id, json, title, published, people, places, organizations, dates, quotes, error. */
    static final StructType SCHEMA = new StructType(new StructField[] {
        field("id", DataTypes.StringType),
        field("json", DataTypes.StringType),
        field("title", DataTypes.StringType),
        field("published", DataTypes.DateType),
        field("people", new ArrayType(ENTITY, true)),
        field("places", new ArrayType(ENTITY, true)),
        field("organizations", new ArrayType(ENTITY, true)),
        field("dates", new ArrayType(DATE, true)),
        field("quotes", new ArrayType(QUOTE, true)),
        field("error", DataTypes.StringType),
    });

    /**
     * What each output row holds. JSON Lines output writes the line alone, so the job builds only that
     * column: the typed columns would cost a conversion of every entity, date and quote for nothing.
     */
    enum Shape {
        /** One column, {@code json}. */
        JSON(new StructType(new StructField[] {field("json", DataTypes.StringType)})),
        /** Every column of {@link #SCHEMA}. */
        TYPED(SCHEMA);

        private final StructType schema;

        Shape(StructType schema) {
            this.schema = schema;
        }

        StructType schema() {
            return schema;
        }

        /** The row of one output line; {@code name} as for {@link OutputRows#of}. */
        Row row(String name, JsonLines.Line line) {
            return this == JSON ? RowFactory.create(line.json()) : of(name, line);
        }
    }

    private OutputRows() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    /**
     * The row of one output line.
     *
     * @param name the input's name: the file's path, or a record's when it has no id
     */
    static Row of(String name, JsonLines.Line line) {
        String id = line.id() != null ? line.id() : name;
        Analysis a = line.analysis();
        if (a == null) {
            return RowFactory.create(id, line.json(), null, null, null, null, null, null, null,
                    line.error().reason());
        }
        Article article = a.article();
        LocalDate published = article.published() == null ? null : article.published().value();
        return RowFactory.create(id, line.json(), article.title(), published, entities(a.people()),
                entities(a.places()), entities(a.organizations()), dates(a.dates()), quotes(a.quotes()), null);
    }

    private static Row[] entities(List<Entity> entities) {
        if (entities == null) {
            return null;
        }
        Row[] out = new Row[entities.size()];
        int i = 0;
        for (Entity e : entities) {
            out[i++] = RowFactory.create(e.name(), e.mentions().size(), e.roles().toArray(new String[0]));
        }
        return out;
    }

    private static Row[] dates(List<TimeExpression> dates) {
        if (dates == null) {
            return null;
        }
        Row[] out = new Row[dates.size()];
        int i = 0;
        for (TimeExpression t : dates) {
            out[i++] = RowFactory.create(t.text(), t.value(), t.type().name());
        }
        return out;
    }

    private static Row[] quotes(List<Quote> quotes) {
        if (quotes == null) {
            return null;
        }
        Row[] out = new Row[quotes.size()];
        int i = 0;
        for (Quote q : quotes) {
            Quote.Speaker s = q.speaker();
            out[i++] = RowFactory.create(q.text(), q.kind().name().toLowerCase(Locale.ROOT),
                    s == null ? null : s.name(), s == null ? null : s.entity());
        }
        return out;
    }
}
