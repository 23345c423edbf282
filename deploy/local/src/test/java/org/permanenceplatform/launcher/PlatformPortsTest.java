package org.permanenceplatform.launcher;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ports for a platform started with {@code --port 0} (as the end-to-end tests start it): a process must be able to
 * bind each one seconds later, even while other processes on the machine open client connections.
 */
class PlatformPortsTest {

    @Test
    void portsAreDistinctAcrossPlatformsAndClearOfTheRangeOutgoingConnectionsUse() {
        int ephemeralLow = Platform.ephemeralRange()[0];
        List<Integer> chosen = new ArrayList<>();
        for (int platform = 0; platform < 3; platform++) {
            Platform.Ports ports = Platform.allocate(0);
            chosen.add(ports.store());
            chosen.addAll(ports.api().values());
            chosen.addAll(ports.management().values());
        }

        assertThat(chosen).hasSize(27);
        assertThat(new HashSet<>(chosen)).as("no port handed out twice").hasSize(27);
        assertThat(chosen).allSatisfy(port -> assertThat(port).isBetween(1024, ephemeralLow - 1));
    }
}
