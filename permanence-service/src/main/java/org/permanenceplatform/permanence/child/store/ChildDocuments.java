package org.permanenceplatform.permanence.child.store;

import org.bson.Document;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.Sex;

import java.time.LocalDate;
import java.util.Date;

/** How a child is laid out in its document. Dates of birth are ISO strings: no time zone can shift them. */
final class ChildDocuments {

    static final String LA = "la";
    static final String LOCAL_ID = "localId";
    static final String GIVEN_NAME = "givenName";
    static final String FAMILY_NAME = "familyName";
    static final String DATE_OF_BIRTH = "dateOfBirth";
    static final String SEX = "sex";
    static final String ETHNICITY = "ethnicity";
    static final String VERSION = "version";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    static final String CREATED_BY = "createdBy";

    private ChildDocuments() {
    }

    static Document toDocument(Child child) {
        ChildDetails details = child.details();
        return new Document("_id", child.id())
                .append(LA, child.laCode())
                .append(LOCAL_ID, details.localChildId())
                .append(GIVEN_NAME, details.givenName())
                .append(FAMILY_NAME, details.familyName())
                .append(DATE_OF_BIRTH, details.dateOfBirth().toString())
                .append(SEX, details.sex().name())
                .append(ETHNICITY, details.ethnicity().name())
                .append(VERSION, child.version())
                .append(CREATED_AT, Date.from(child.createdAt()))
                .append(UPDATED_AT, Date.from(child.updatedAt()))
                .append(CREATED_BY, child.createdBy());
    }

    static Child toChild(Document document) {
        ChildDetails details = new ChildDetails(
                document.getString(LOCAL_ID),
                document.getString(GIVEN_NAME),
                document.getString(FAMILY_NAME),
                LocalDate.parse(document.getString(DATE_OF_BIRTH)),
                Sex.valueOf(document.getString(SEX)),
                Ethnicity.valueOf(document.getString(ETHNICITY)));
        return new Child(document.getString("_id"), document.getString(LA), details,
                ((Number) document.get(VERSION)).longValue(),
                document.getDate(CREATED_AT).toInstant(), document.getDate(UPDATED_AT).toInstant(),
                document.getString(CREATED_BY));
    }
}
