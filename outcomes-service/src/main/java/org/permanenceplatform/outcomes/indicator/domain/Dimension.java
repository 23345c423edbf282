package org.permanenceplatform.outcomes.indicator.domain;

import java.util.function.Function;

/** What an indicator can be cut by (DOMAIN.md); each gives the row a subject falls in. */
public enum Dimension implements Cut {
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

    @Override
    public String valueOf(Subject subject) {
        String written = value.apply(subject);
        return written == null ? "Not known" : written;
    }

    @Override
    public String within(String group, Subject subject) {
        return CrossCut.of(this).within(group, subject);
    }

    /** England, region or LA: a cut by place rather than by something about the child. */
    public boolean geographic() {
        return this == ENGLAND || this == REGION || this == LA;
    }
}
