package org.permanenceplatform.kit.testing;

import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The lines every service's architecture test holds (STYLE.md, ARCHITECTURE.md). */
public final class ArchitectureRules {

    private static final String ROOT = "org.permanenceplatform";
    private static final List<String> DEPLOYABLES = List.of("permanence", "support", "outcomes", "gateway");

    private ArchitectureRules() {
    }

    /** A service never uses another deployable's code: they meet only over HTTP, with DTOs copied as readers. */
    public static ArchRule doesNotUseOtherServices(String service) {
        String[] others = DEPLOYABLES.stream().filter(name -> !name.equals(service))
                .map(name -> ROOT + "." + name + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(ROOT + "." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services own their code and data and meet only through their APIs and events");
    }

    /** Domain packages hold plain Java rules: no Spring, no store driver, no HTTP. */
    public static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage(ROOT + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "com.mongodb..", "org.bson..", "jakarta.servlet..",
                        "tools.jackson..", "com.fasterxml.jackson..")
                .because("domain rules are unit-tested alone and outlive frameworks")
                .allowEmptyShould(true); // a service may not have a domain package yet
    }

    /** Nothing uses the embedded store's code: services know only that they talk to MongoDB. */
    public static ArchRule doesNotKnowTheEmbeddedStore() {
        return noClasses().that().resideInAnyPackage(ROOT + ".kit..", ROOT + ".permanence..", ROOT + ".support..",
                        ROOT + ".outcomes..", ROOT + ".gateway..")
                .and().resideOutsideOfPackage(ROOT + ".kit.testing..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".store..")
                .because("nothing in a service may know it is not talking to MongoDB");
    }
}
