package io.newslens.names;

/** The three kinds of names, with the type string the OpenNLP model uses for each. */
enum Kind {
    PERSON("person"),
    PLACE("location"),
    ORGANIZATION("organization");

    final String modelType;

    Kind(String modelType) {
        this.modelType = modelType;
    }

    /** The kind of an OpenNLP span type, or {@code null} for types newslens does not use. */
    static Kind ofModelType(String type) {
        for (Kind k : values()) {
            if (k.modelType.equals(type)) {
                return k;
            }
        }
        return null;
    }
}
