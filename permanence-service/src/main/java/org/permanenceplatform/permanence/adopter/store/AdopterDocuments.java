package org.permanenceplatform.permanence.adopter.store;

import org.bson.Document;
import org.permanenceplatform.permanence.adopter.domain.AdopterHousehold;
import org.permanenceplatform.permanence.adopter.domain.Approval;
import org.permanenceplatform.permanence.adopter.domain.HouseholdDetails;
import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.store.RecordCodec;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * How a prospective adopter household is laid out in its document: its details as fields, the assessment and the
 * approval as the domain records written field by field ({@link RecordCodec}), dates as ISO strings.
 */
final class AdopterDocuments {

    static final String LA = "la";
    static final String ADULTS = "adults";
    static final String ADDRESS = "address";
    static final String REGISTERED_INTEREST = "registeredInterest";
    static final String WORKER = "allocatedWorker";
    static final String ASSESSMENT = "assessment";
    static final String APPROVAL = "approval";
    static final String VERSION = "version";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    static final String CREATED_BY = "createdBy";

    private AdopterDocuments() {
    }

    static Document toDocument(AdopterHousehold household) {
        HouseholdDetails details = household.details();
        return new Document("_id", household.id())
                .append(LA, household.laCode())
                .append(ADULTS, details.adults())
                .append(ADDRESS, details.address())
                .append(REGISTERED_INTEREST, details.registeredInterest().toString())
                .append(WORKER, details.allocatedWorker())
                .append(ASSESSMENT, household.assessment() == null ? null : RecordCodec.write(household.assessment()))
                .append(APPROVAL, household.approval() == null ? null : RecordCodec.write(household.approval()))
                .append(VERSION, household.version())
                .append(CREATED_AT, Date.from(household.createdAt()))
                .append(UPDATED_AT, Date.from(household.updatedAt()))
                .append(CREATED_BY, household.createdBy());
    }

    static AdopterHousehold toHousehold(Document document) {
        HouseholdDetails details = new HouseholdDetails(document.getList(ADULTS, String.class, List.of()),
                document.getString(ADDRESS), LocalDate.parse(document.getString(REGISTERED_INTEREST)),
                document.getString(WORKER));
        Document assessment = document.get(ASSESSMENT, Document.class);
        Document approval = document.get(APPROVAL, Document.class);
        return new AdopterHousehold(document.getString("_id"), document.getString(LA), details,
                assessment == null ? null : RecordCodec.read(assessment, Assessment.class),
                approval == null ? null : RecordCodec.read(approval, Approval.class),
                ((Number) document.get(VERSION)).longValue(), document.getDate(CREATED_AT).toInstant(),
                document.getDate(UPDATED_AT).toInstant(), document.getString(CREATED_BY));
    }
}
