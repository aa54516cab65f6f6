package io.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's scan shares the articles it reads evenly over the tasks, however large the files it never
 * reads, and leaves the session's settings as they were.
 */
class TaskSharingTest {

    @TempDir
    Path tmp;

    @Test
    void filesOverTheSizeLimitDoNotCrowdTheArticlesIntoOneTask() throws IOException {
        for (int i = 0; i < 4; i++) {
            Files.write(tmp.resolve("huge-" + i + ".txt"), new byte[3 * 1024 * 1024]);
        }
        for (int i = 0; i < 40; i++) {
            Files.writeString(tmp.resolve(String.format("article-%02d.txt", i)),
                    "Mike Pompeo spoke in Seoul on Thursday about talks number " + i + ".\n");
        }
        SparkSession spark = LocalSpark.session();
        Settings settings = new Settings(null, 1024 * 1024, 60, null, null);
        String before = spark.conf().get("spark.sql.files.maxPartitionBytes");

        List<List<Row>> tasks = Inputs.files(spark, tmp.toString(), settings, OutputRows.Shape.JSON)
                .javaRDD().glom().collect();

        List<Long> articlesPerTask = tasks.stream()
                .map(rows -> rows.stream().filter(r -> !r.getString(0).contains("\"error\":{")).count())
                .filter(n -> n > 0).toList();
        assertEquals(44, tasks.stream().mapToInt(List::size).sum());
        assertEquals(40, articlesPerTask.stream().mapToLong(Long::longValue).sum());
        // local[2]: two tasks a core, so about 10 articles each, never most of them in one task.
        assertTrue(articlesPerTask.size() >= 4, articlesPerTask.toString());
        assertTrue(articlesPerTask.stream().allMatch(n -> n <= 12), articlesPerTask.toString());
        assertEquals(before, spark.conf().get("spark.sql.files.maxPartitionBytes"));
    }
}
