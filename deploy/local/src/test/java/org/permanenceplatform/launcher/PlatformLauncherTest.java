package org.permanenceplatform.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlatformLauncherTest {

    private static final Path ROOT = Path.of("/tmp/checkout");

    @Test
    void seedWithANumberAndItsLaOptionsStillLoadTheDemoDataAndKeepTheOtherOptions() {
        PlatformOptions options = PlatformLauncher.parse(
                new String[] {"--seed", "7", "--la", "840", "--children", "5", "--port", "0"}, ROOT);

        assertThat(options.seed()).isTrue();
        assertThat(options.gatewayPort()).isZero();
    }

    @Test
    void seedAloneIsTheDemoDataAndAnUnknownOptionIsStillRefused() {
        assertThat(PlatformLauncher.parse(new String[] {"--seed", "--port", "9090"}, ROOT).gatewayPort())
                .isEqualTo(9090);
        assertThatThrownBy(() -> PlatformLauncher.parse(new String[] {"--seed", "7", "--sed"}, ROOT))
                .hasMessageContaining("--sed");
    }
}
