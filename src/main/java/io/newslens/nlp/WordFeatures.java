package io.newslens.nlp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The name model's and the tagger's word features, as OpenNLP's {@code TokenFeatureGenerator} ("w=" and the word,
 * lower case or not), {@code TokenClassFeatureGenerator} ("wc=" and the word's class, "w&amp;c=" and
 * the lower-case word with its class), {@code BigramNameFeatureGenerator} and
 * {@code TrigramNameFeatureGenerator} (the word with its neighbours, and their classes) give them,
 * string for string. OpenNLP computes a word's lower case and class again for every window position
 * and n-gram that sees it, up to ten times per word, and lower-cases through a stream of code points:
 * together a seventh of the names stage, and of the tagger's time a tenth. These compute each once per
 * sentence. {@link #inDescriptor} puts their factories in place of OpenNLP's in a model's descriptor.
 *
 * <p>Each name finder and tagger builds its own generators, so each thread has its own: not thread-safe.
 */
public final class WordFeatures {

    private static final String OPENNLP_FEATURES = "opennlp.tools.util.featuregen.";

    private WordFeatures() {
    }

    /** A feature descriptor (XML) with these factories for OpenNLP's word and word-class ones. */
    public static byte[] inDescriptor(byte[] descriptor) {
        String xml = new String(descriptor, StandardCharsets.UTF_8)
                .replace("\"" + OPENNLP_FEATURES + "TokenFeatureGeneratorFactory\"",
                        "\"" + WordFactory.class.getName() + "\"")
                .replace("\"" + OPENNLP_FEATURES + "TokenClassFeatureGeneratorFactory\"",
                        "\"" + ClassFactory.class.getName() + "\"")
                .replace("\"" + OPENNLP_FEATURES + "BigramNameFeatureGeneratorFactory\"",
                        "\"" + BigramFactory.class.getName() + "\"")
                .replace("\"" + OPENNLP_FEATURES + "TrigramNameFeatureGeneratorFactory\"",
                        "\"" + TrigramFactory.class.getName() + "\"")
                .replace("\"" + OPENNLP_FEATURES + "WindowFeatureGeneratorFactory\"",
                        "\"" + WindowFactory.class.getName() + "\"");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** Builds the word features of a {@code TokenFeatureGenerator} element ({@code lowercase}, default true). */
    public static final class WordFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new Generator(false, getBool("lowercase", true));
        }
    }

    /** Builds the class features of a {@code TokenClassFeatureGenerator} element ({@code wordAndClass}, default true). */
    public static final class ClassFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new Generator(true, getBool("wordAndClass", true));
        }
    }

    /**
     * Builds a {@code WindowFeatureGenerator} element: around these word features, a window that writes
     * each neighbour's feature with its prefix ("p1w=...") in one step, where OpenNLP's builds the
     * feature, a list of them and then the prefixed copy; around any other generator, OpenNLP's window.
     */
    public static final class WindowFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            Object inner = args.get("generator#0");
            if (!(inner instanceof AdaptiveFeatureGenerator generator)) {
                throw new InvalidFormatException(
                        "window feature generator must contain an aggregator element");
            }
            int previous = getInt("prevLength");
            int next = getInt("nextLength");
            return generator instanceof Generator words ? new Window(words, previous, next)
                    : new WindowFeatureGenerator(generator, previous, next);
        }
    }

    /** {@link WindowFeatureGenerator}'s features of a {@link Generator}: the word's, then "p1", "p2", ..., "n1", ... */
    static final class Window implements AdaptiveFeatureGenerator {
        private final Generator words;
        private final String[] before;
        private final String[] after;

        Window(Generator words, int previous, int next) {
            this.words = words;
            this.before = prefixes(WindowFeatureGenerator.PREV_PREFIX, previous);
            this.after = prefixes(WindowFeatureGenerator.NEXT_PREFIX, next);
        }

        private static String[] prefixes(String prefix, int length) {
            String[] out = new String[length];
            for (int i = 0; i < length; i++) {
                out[i] = prefix + (i + 1);
            }
            return out;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            words.add(features, "", tokens, index);
            for (int i = 0; i < before.length; i++) {
                if (index - i - 1 >= 0) {
                    words.add(features, before[i], tokens, index - i - 1);
                }
            }
            for (int i = 0; i < after.length; i++) {
                if (index + i + 1 < tokens.length) {
                    words.add(features, after[i], tokens, index + i + 1);
                }
            }
        }
    }

    /** Builds the features of a {@code BigramNameFeatureGenerator} element. */
    public static final class BigramFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new Ngrams(false);
        }
    }

    /** Builds the features of a {@code TrigramNameFeatureGenerator} element. */
    public static final class TrigramFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new Ngrams(true);
        }
    }

    /**
     * The word with the one (or two) words before it and after it, and their classes: "pw,w=", "pwc,wc=",
     * "w,nw=", "wc,nc=" for bigrams, "ppw,pw,w=", "ppwc,pwc,wc=", "w,nw,nnw=", "wc,nwc,nnwc=" for trigrams.
     */
    static final class Ngrams implements AdaptiveFeatureGenerator {
        private final boolean trigrams;
        private final Sentence sentence = new Sentence();

        Ngrams(boolean trigrams) {
            this.trigrams = trigrams;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            Sentence s = sentence.of(tokens);
            if (trigrams) {
                trigrams(features, tokens, index, s);
                return;
            }
            if (index > 0) {
                features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
                features.add("pwc,wc=" + s.wordClass(index - 1) + "," + s.wordClass(index));
            }
            if (index + 1 < tokens.length) {
                features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
                features.add("wc,nc=" + s.wordClass(index) + "," + s.wordClass(index + 1));
            }
        }

        private static void trigrams(List<String> features, String[] tokens, int index, Sentence s) {
            if (index > 1) {
                features.add("ppw,pw,w=" + tokens[index - 2] + "," + tokens[index - 1] + "," + tokens[index]);
                features.add("ppwc,pwc,wc=" + s.wordClass(index - 2) + "," + s.wordClass(index - 1) + ","
                        + s.wordClass(index));
            }
            if (index + 2 < tokens.length) {
                features.add("w,nw,nnw=" + tokens[index] + "," + tokens[index + 1] + "," + tokens[index + 2]);
                features.add("wc,nwc,nnwc=" + s.wordClass(index) + "," + s.wordClass(index + 1) + ","
                        + s.wordClass(index + 2));
            }
        }
    }

    /** "w=word" (lower case if asked), or for classes "wc=class" and, if asked, "w&amp;c=word,class". */
    static final class Generator implements AdaptiveFeatureGenerator {
        private final boolean classes;
        /** lowercase for words, wordAndClass for classes. */
        private final boolean option;
        private final Sentence sentence = new Sentence();

        Generator(boolean classes, boolean option) {
            this.classes = classes;
            this.option = option;
        }

        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            add(features, "", tokens, index);
        }

        /** The features of word {@code index}, each after {@code prefix}. */
        void add(List<String> features, String prefix, String[] tokens, int index) {
            Sentence s = sentence.of(tokens);
            if (!classes) {
                features.add(prefix + "w=" + (option ? s.lower(index) : tokens[index]));
                return;
            }
            String wordClass = s.wordClass(index);
            features.add(prefix + "wc=" + wordClass);
            if (option) {
                features.add(prefix + "w&c=" + s.lower(index) + "," + wordClass);
            }
        }
    }

    /** The lower case and class of each word of the sentence last seen, computed when first asked. */
    static final class Sentence {
        private String[] tokens;
        private String[] lower;
        private String[] classes;

        /** This, reset if {@code words} is another sentence than the last. */
        Sentence of(String[] words) {
            if (words != tokens) {
                tokens = words;
                lower = new String[words.length];
                classes = new String[words.length];
            }
            return this;
        }

        String lower(int i) {
            if (lower[i] == null) {
                lower[i] = toLowerCase(tokens[i]);
            }
            return lower[i];
        }

        String wordClass(int i) {
            if (classes[i] == null) {
                classes[i] = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            }
            return classes[i];
        }
    }

    /**
     * {@link StringUtil#toLowerCase(CharSequence)} (Character.toLowerCase of each code point), without
     * its stream for the usual ASCII word: there it only maps A to Z.
     */
    static String toLowerCase(String word) {
        boolean upper = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80) {
                return StringUtil.toLowerCase(word);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return word;
        }
        char[] out = word.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'A' && out[i] <= 'Z') {
                out[i] += 'a' - 'A';
            }
        }
        return new String(out);
    }
}
