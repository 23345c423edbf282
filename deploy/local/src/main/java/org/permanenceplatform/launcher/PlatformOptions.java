package org.permanenceplatform.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to run the platform on one machine.
 *
 * @param projectRoot   the checkout, where the built jars are found
 * @param dataDirectory where the store's file, the gateway's local key and demo logins, and the logs live
 * @param gatewayPort   the public port; 0 puts every process on a free loopback port (tests)
 * @param seed          load the demo data once the platform is up
 * @param jvmOptions    options for each application's JVM (small heaps: five JVMs share one laptop)
 */
public record PlatformOptions(Path projectRoot, Path dataDirectory, int gatewayPort, boolean seed,
                              List<String> jvmOptions) {

    public static final List<String> SMALL_JVM = List.of("-Xmx256m", "-Xss512k", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

    public PlatformOptions {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        jvmOptions = List.copyOf(jvmOptions);
    }

    public static PlatformOptions defaults(Path projectRoot) {
        return new PlatformOptions(projectRoot, projectRoot.resolve("data"), 8080, false, SMALL_JVM);
    }

    public PlatformOptions withData(Path directory) {
        return new PlatformOptions(projectRoot, directory, gatewayPort, seed, jvmOptions);
    }

    public PlatformOptions withGatewayPort(int port) {
        return new PlatformOptions(projectRoot, dataDirectory, port, seed, jvmOptions);
    }

    public PlatformOptions withSeed(boolean load) {
        return new PlatformOptions(projectRoot, dataDirectory, gatewayPort, load, jvmOptions);
    }

    Path jar(String module, String name) {
        return projectRoot.resolve(module).resolve("target").resolve(name + "-exec.jar");
    }
}
