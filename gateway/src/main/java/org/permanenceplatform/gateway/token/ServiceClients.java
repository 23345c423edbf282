package org.permanenceplatform.gateway.token;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services that may ask the gateway for service tokens (to relay events), each with its secret (from the
 * environment) and the LAs whose events it may send ({@code *}: every LA this platform serves).
 */
@ConfigurationProperties("platform.gateway")
public record ServiceClients(Map<String, Client> serviceClients) {

    public record Client(String secret, List<String> las) {
        public Client {
            las = las == null ? List.of() : List.copyOf(las);
        }
    }

    public ServiceClients {
        serviceClients = serviceClients == null ? Map.of() : Map.copyOf(serviceClients);
    }

    /** The client, if the name and secret match one (compared in constant time). */
    public Optional<Client> authenticate(String name, String secret) {
        Client client = serviceClients.get(name);
        if (client == null || client.secret() == null || client.secret().isBlank() || secret == null) {
            return Optional.empty();
        }
        boolean matches = MessageDigest.isEqual(client.secret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
        return matches ? Optional.of(client) : Optional.empty();
    }
}
