package org.permanenceplatform.kit.events;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import java.net.URI;

/** A receiving service's event endpoint; the first argument names which service (its base URL). */
@FeignClient(name = "event-receiver", url = "http://event-receiver.invalid")
public interface EventReceiverClient {

    @PostMapping("/events/v1")
    EventReceipt deliver(URI receiver, @RequestHeader("Authorization") String authorization,
                         @RequestBody EventBatch batch);
}
