package org.permanenceplatform.outcomes.indicator.domain;

import java.util.function.Function;

/** What an indicator can be cut by (DOMAIN.md); each gives the row a subject falls in. */
public enum Dimension {
    ENGLAND(subject -> "England"),
    REGION(subject -> subject.journey().child().region()),
    LA(subject -> subject.journey().child().la()),
    ROUTE(subject -> subject.route() == null ? "No route" : subject.route().name()),
    AGE_BAND(Subject::ageBand),
    SEX(subject -> subject.journey().child().sex()),
    ETHNIC_GROUP(subject -> subject.journey().child().ethnicGroup()),
    DISABILITY(subject -> subject.journey().child().disabled() ? "Disabled" : "Not disabled"),
    UASC(subject -> subject.journey().child().uasc() ? "UASC" : "Not UASC"),
    KINSHIP(subject -> subject.kinship() ? "Kinship carers" : "Other carers");

    private final Function<Subject, String> value;

    Dimension(Function<Subject, String> value) {
        this.value = value;
    }

    public String valueOf(Subject subject) {
        String written = value.apply(subject);
        return written == null ? "Not known" : written;
    }
}
