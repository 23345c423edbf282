package org.permanenceplatform.permanence.child.store;

import org.bson.Document;
import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.care.domain.CareHistory;
import org.permanenceplatform.permanence.care.domain.CareProceedings;
import org.permanenceplatform.permanence.care.domain.PeriodOfCare;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.PermanenceRecord;
import org.permanenceplatform.permanence.child.domain.Sex;
import org.permanenceplatform.permanence.education.domain.EducationYear;
import org.permanenceplatform.permanence.permanence.domain.PermanenceAchieved;
import org.permanenceplatform.permanence.placement.domain.MoveRequest;
import org.permanenceplatform.permanence.placement.domain.Placement;
import org.permanenceplatform.permanence.plan.domain.PermanencePlan;
import org.permanenceplatform.permanence.plan.domain.PlanDecision;
import org.permanenceplatform.permanence.store.RecordCodec;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/** How a child is laid out in its document. Dates of birth are ISO strings: no time zone can shift them. */
final class ChildDocuments {

    static final String LA = "la";
    static final String LOCAL_ID = "localId";
    static final String GIVEN_NAME = "givenName";
    static final String FAMILY_NAME = "familyName";
    static final String DATE_OF_BIRTH = "dateOfBirth";
    static final String SEX = "sex";
    static final String ETHNICITY = "ethnicity";
    static final String DISABLED = "disabled";
    static final String UASC = "uasc";
    static final String WORKER = "allocatedWorker";
    static final String PERIODS = "periods";
    static final String PROCEEDINGS = "proceedings";
    static final String PLAN = "plan";
    static final String ASSESSMENTS = "assessments";
    static final String PLACEMENTS = "placements";
    static final String MOVES = "moves";
    static final String EDUCATION = "education";
    static final String PERMANENCE = "permanence";
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
                .append(DISABLED, details.disabled())
                .append(UASC, details.uasc())
                .append(WORKER, details.allocatedWorker())
                .append(PERIODS, RecordCodec.writeAll(child.record().care().periods()))
                .append(PROCEEDINGS, RecordCodec.writeAll(child.record().proceedings()))
                .append(PLAN, RecordCodec.writeAll(child.record().plan().decisions()))
                .append(ASSESSMENTS, RecordCodec.writeAll(child.record().assessments()))
                .append(PLACEMENTS, RecordCodec.writeAll(child.record().placements()))
                .append(MOVES, RecordCodec.writeAll(child.record().moves()))
                .append(EDUCATION, RecordCodec.writeAll(child.record().education()))
                .append(PERMANENCE, RecordCodec.writeAll(child.record().permanence()))
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
                Ethnicity.valueOf(document.getString(ETHNICITY)),
                document.getBoolean(DISABLED, false),
                document.getBoolean(UASC, false),
                document.getString(WORKER));
        PermanenceRecord record = new PermanenceRecord(
                new CareHistory(RecordCodec.readAll(parts(document, PERIODS), PeriodOfCare.class)),
                RecordCodec.readAll(parts(document, PROCEEDINGS), CareProceedings.class),
                new PermanencePlan(RecordCodec.readAll(parts(document, PLAN), PlanDecision.class)),
                RecordCodec.readAll(parts(document, ASSESSMENTS), Assessment.class),
                RecordCodec.readAll(parts(document, PLACEMENTS), Placement.class),
                RecordCodec.readAll(parts(document, MOVES), MoveRequest.class),
                RecordCodec.readAll(parts(document, EDUCATION), EducationYear.class),
                RecordCodec.readAll(parts(document, PERMANENCE), PermanenceAchieved.class));
        return new Child(document.getString("_id"), document.getString(LA), details, record,
                ((Number) document.get(VERSION)).longValue(),
                document.getDate(CREATED_AT).toInstant(), document.getDate(UPDATED_AT).toInstant(),
                document.getString(CREATED_BY));
    }

    private static List<Document> parts(Document document, String field) {
        return document.getList(field, Document.class, List.of());
    }
}
