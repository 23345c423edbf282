package org.permanenceplatform.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.permanenceplatform.launcher.Platform;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Durham's demo users signed in at the gateway of the running platform, whose work permanence-service is: the
 * permanence team's practitioner, the IRO, the agency decision maker, the virtual school and the platform admin.
 */
@ExtendWith(RunningPlatform.class)
abstract class SignedInAsDurham {

    static GatewayUser practitioner;
    static GatewayUser iro;
    static GatewayUser decisionMaker;
    static GatewayUser virtualSchool;
    static GatewayUser admin;
    static GatewayRecordFixtures fixtures;
    static LocalDate today;

    @BeforeAll
    static void signIn(Platform running) throws IOException {
        WalkingSkeletonIT.platform(running); // the demo logins
        practitioner = GatewayUser.signIn("practitioner.durham");
        iro = GatewayUser.signIn("iro.durham");
        decisionMaker = GatewayUser.signIn("decisions.durham");
        virtualSchool = GatewayUser.signIn("virtualschool.durham");
        admin = GatewayUser.signIn("admin");
        fixtures = new GatewayRecordFixtures(practitioner, iro);
        today = fixtures.today();
    }

    /** The last academic year that has ended or is under way, written as the path wants it (2024-25). */
    static String lastAcademicYear() {
        return academicYear(today.getMonthValue() >= 9 ? today.getYear() - 1 : today.getYear() - 2);
    }

    static String academicYear(int firstYear) {
        return firstYear + "-" + String.format("%02d", (firstYear + 1) % 100);
    }
}
