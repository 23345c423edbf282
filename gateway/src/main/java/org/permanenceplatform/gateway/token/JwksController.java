package org.permanenceplatform.gateway.token;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** The gateway's public keys, from which every service checks the tokens it is sent. */
@RestController
class JwksController {

    static final String PATH = "/.well-known/jwks.json";

    private final TokenMinter minter;

    JwksController(TokenMinter minter) {
        this.minter = minter;
    }

    @GetMapping(value = PATH, produces = {"application/json", "application/jwk-set+json"})
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5))).body(minter.jwks());
    }
}
