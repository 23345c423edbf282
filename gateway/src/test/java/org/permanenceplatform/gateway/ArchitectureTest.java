package org.permanenceplatform.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.permanenceplatform.kit.testing.ArchitectureRules;

@AnalyzeClasses(packages = "org.permanenceplatform", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule doesNotUseOtherServices = ArchitectureRules.doesNotUseOtherServices("gateway");

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.domainIsPlainJava();

    @ArchTest
    static final ArchRule doesNotKnowTheEmbeddedStore = ArchitectureRules.doesNotKnowTheEmbeddedStore();
}
