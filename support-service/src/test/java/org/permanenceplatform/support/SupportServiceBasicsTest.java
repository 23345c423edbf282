package org.permanenceplatform.support;

import org.permanenceplatform.kit.testing.ServiceBasicsContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupportServiceBasicsTest extends ServiceBasicsContract {

    @Override
    protected String serviceName() {
        return "support-service";
    }

    @Override
    protected String apiPath() {
        return "/api/support";
    }
}
