package io.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

class GisScorerTest {

    /** {@code best} must pick what argmax picks from the probabilities, near ties and extremes included. */
    @Test
    void bestIsArgmaxOfTheProbabilities() {
        for (int outcomes = 1; outcomes <= 4; outcomes++) {
            String[] names = new String[outcomes];
            for (int i = 0; i < outcomes; i++) {
                names[i] = "o" + i;
            }
            GisScorer scorer = new GisScorer(new GISModel(new Context[0], new String[0], names));
            Random random = new Random(outcomes);
            int leaderless = 0;
            double[] edges = {0, 1e-12, 1e-10, 9e-10, 1e-9, 1.1e-9, 2e-9, 1e-6, 1, 30};
            for (int round = 0; round < 20_000; round++) {
                double[] sums = new double[outcomes];
                double base = switch (round % 4) {
                    case 0 -> random.nextGaussian() * 5;
                    case 1 -> 699.9 + random.nextDouble();
                    case 2 -> -699.9 - random.nextDouble();
                    default -> random.nextGaussian() * 1000;
                };
                for (int i = 0; i < outcomes; i++) {
                    sums[i] = round % 3 == 0
                            // A few ulps apart: exp may round them to the same number.
                            ? base + random.nextInt(3) * Math.ulp(base)
                            : base + (random.nextBoolean() ? 1 : -1) * edges[random.nextInt(edges.length)];
                }
                if (round % 97 == 0 && outcomes > 1) {
                    sums[random.nextInt(outcomes)] = Double.NaN;
                }
                double[] probs = scorer.finish(sums.clone());
                int expected = ArrayMath.argmax(probs);
                assertEquals(expected, scorer.best(sums.clone()), java.util.Arrays.toString(sums));
                int leader = scorer.leader(sums.clone());
                if (leader >= 0) {
                    // A leader's probability is the one largest: the greedy tagger relies on it.
                    assertEquals(expected, leader, java.util.Arrays.toString(sums));
                    for (int i = 0; i < outcomes; i++) {
                        assertTrue(i == leader || probs[i] < probs[leader], java.util.Arrays.toString(sums));
                    }
                } else {
                    leaderless++;
                }
            }
            // A tie goes to the first, as in argmax; and it has no leader.
            double[] tie = new double[outcomes];
            assertEquals(0, scorer.best(tie));
            assertEquals(outcomes == 1 ? 0 : -1, scorer.leader(tie));
            assertTrue(outcomes == 1 || leaderless > 1000, "near ties must be left to the probabilities: " + leaderless);
        }
    }
}
