package io.newslens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchmarkTest {

    @Test
    void wordsAreRunsWithALetterOrDigitNotPunctuation() {
        assertEquals(8, Benchmark.words("SEOUL – U.S. officials said, on 16 July: “no.”"));
        assertEquals(0, Benchmark.words(" \n – "));
    }
}
