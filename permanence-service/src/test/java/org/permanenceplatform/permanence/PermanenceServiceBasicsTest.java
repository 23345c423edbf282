package org.permanenceplatform.permanence;

import org.permanenceplatform.kit.testing.ServiceBasicsContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PermanenceServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String serviceName() {
        return "permanence-service";
    }

    @Override
    protected String apiPath() {
        return "/api/permanence";
    }
}
