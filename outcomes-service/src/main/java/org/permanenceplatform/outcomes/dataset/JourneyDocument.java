package org.permanenceplatform.outcomes.dataset;

import org.bson.Document;
import org.permanenceplatform.outcomes.indicator.domain.ChildFacts;
import org.permanenceplatform.outcomes.indicator.domain.Journey;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.permanenceplatform.outcomes.dataset.StoredValues.bool;
import static org.permanenceplatform.outcomes.dataset.StoredValues.decimal;
import static org.permanenceplatform.outcomes.dataset.StoredValues.documents;
import static org.permanenceplatform.outcomes.dataset.StoredValues.integer;
import static org.permanenceplatform.outcomes.dataset.StoredValues.text;

/**
 * Reads one {@code ncpd_children} document, as {@link NationalChildRecords} writes it, into a {@link Journey}: a
 * tolerant reader. Fields it does not know are ignored; a missing or unreadable optional value is unknown (null); a
 * part that cannot stand without a value (a period without its entry date, a placement without its start or type)
 * is left out, since an indicator could not place it. Support requests and breakdowns come with support-service's
 * events, not yet sent, so they are empty.
 */
final class JourneyDocument {

    /** What the store reads of each document: the child's facts and the latest journey, never the child key. */
    static final List<String> FIELDS = List.of("la", "region", "sex", "ethnicGroup", "birthMonth", "disabled",
            "uasc", "journey");

    private JourneyDocument() {
    }

    /** The journey, or empty when the child's LA or birth month is missing (no indicator could place the child). */
    static Optional<Journey> read(Document child) {
        Optional<ChildFacts> facts = facts(child);
        Document journey = child.get("journey") instanceof Document stored ? stored : new Document();
        return facts.map(known -> new Journey(known,
                documents(journey, "periods").stream().map(PeriodDocument::read).flatMap(Optional::stream).toList(),
                documents(journey, "education").stream().map(JourneyDocument::educationYear)
                        .filter(Objects::nonNull).toList(),
                List.of(), List.of()));
    }

    private static Optional<ChildFacts> facts(Document child) {
        String la = text(child, "la");
        YearMonth birthMonth = birthMonth(text(child, "birthMonth"));
        if (la == null || birthMonth == null) {
            return Optional.empty();
        }
        return Optional.of(new ChildFacts(la, text(child, "region"), text(child, "sex"), text(child, "ethnicGroup"),
                birthMonth, bool(child, "disabled"), bool(child, "uasc")));
    }

    private static YearMonth birthMonth(String written) {
        try {
            return written == null ? null : YearMonth.parse(written);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Journey.EducationYear educationYear(Document year) {
        String academicYear = text(year, "academicYear");
        if (academicYear == null) {
            return null;
        }
        return new Journey.EducationYear(academicYear, year.get("ks2ExpectedStandardMet") instanceof Boolean met
                ? met : null, decimal(year.get("attainment8")), decimal(year.get("sessionsMissedPercent")),
                integer(year.get("suspensions")), year.get("permanentlyExcluded") instanceof Boolean excluded
                ? excluded : null);
    }

}
