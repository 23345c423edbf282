package org.permanenceplatform.outcomes.indicator.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * The values a dimension that is not a place takes, as the figures write them, {@code Not known} among them;
     * empty for a place, whose values are the LAs and regions.
     */
    public List<String> knownValues() {
        List<String> known = new ArrayList<>(switch (this) {
            case ENGLAND, REGION, LA -> List.<String>of();
            case ROUTE -> Arrays.stream(Route.values()).map(Route::name).toList();
            case AGE_BAND -> List.of("under 1", "1 to 4", "5 to 9", "10 to 15", "16 and over");
            case SEX -> List.of("MALE", "FEMALE", "UNKNOWN");
            case ETHNIC_GROUP -> List.of("WHITE", "MIXED", "ASIAN", "BLACK", "OTHER", "NOT_RECORDED");
            case DISABILITY -> List.of("Disabled", "Not disabled");
            case UASC -> List.of("UASC", "Not UASC");
            case KINSHIP -> List.of("Kinship carers", "Other carers");
        });
        if (this == ROUTE) {
            known.add("No route");
        }
        if (!geographic()) {
            known.add("Not known");
        }
        return List.copyOf(known);
    }

    /** England, region or LA: a cut by place rather than by something about the child. */
    public boolean geographic() {
        return this == ENGLAND || this == REGION || this == LA;
    }
}
