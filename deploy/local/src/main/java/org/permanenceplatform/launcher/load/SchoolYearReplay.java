package org.permanenceplatform.launcher.load;

import org.permanenceplatform.generator.journey.EducationYear;
import org.permanenceplatform.launcher.GatewayClient;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A generated school year as the virtual school records it: the year's facts, on the day they are known (its last
 * day), replacing whatever the year held.
 */
final class SchoolYearReplay {

    private final GatewayClient virtualSchool;

    SchoolYearReplay(GatewayClient virtualSchool) {
        this.virtualSchool = virtualSchool;
    }

    Step step(RecordOnTheApi record, EducationYear year) {
        return new Step(year.known(), Step.PROGRESS, () -> record(record, year));
    }

    private void record(RecordOnTheApi record, EducationYear year) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("ks2ExpectedStandardMet", year.ks2ExpectedStandardMet());
        fields.put("attainment8", year.attainment8() == null ? null : new BigDecimal(year.attainment8()));
        fields.put("sessionsMissedPercent", new BigDecimal(year.sessionsMissedPercent()));
        fields.put("suspensions", year.suspensions());
        fields.put("permanentlyExcluded", year.permanentlyExcluded());
        record.replace(virtualSchool, "/education/" + year.academicYear().replace('/', '-'), fields);
    }
}
