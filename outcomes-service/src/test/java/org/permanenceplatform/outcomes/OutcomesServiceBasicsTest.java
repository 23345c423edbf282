package org.permanenceplatform.outcomes;

import org.permanenceplatform.kit.testing.ServiceBasicsContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutcomesServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String serviceName() {
        return "outcomes-service";
    }

    @Override
    protected String apiPath() {
        return "/api/outcomes";
    }
}
