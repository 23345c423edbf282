package org.permanenceplatform.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.permanenceplatform.launcher.Platform;
import org.permanenceplatform.launcher.PlatformOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the platform (the built jars, as processes on free loopback ports, data in a temporary directory) once per
 * test run, shares it with every end-to-end test class, and stops it when the run ends.
 */
public final class RunningPlatform implements BeforeAllCallback, ParameterResolver {

    /** The started platform, closed by JUnit (an AutoCloseable in the root store) when the run ends. */
    record Holder(Platform platform) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            platform.close();
        }
    }

    static PlatformOptions options(Path data) {
        Path root = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
        PlatformOptions defaults = PlatformOptions.defaults(root).withData(data).withGatewayPort(0);
        // The gateway's access log (Reactor Netty), so a browser stall can be matched with what the gateway answered.
        List<String> jvm = new ArrayList<>(defaults.jvmOptions());
        jvm.add("-Dreactor.netty.http.server.accessLogEnabled=true");
        return new PlatformOptions(defaults.projectRoot(), defaults.dataDirectory(), defaults.gatewayPort(),
                defaults.seed(), jvm);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    static Platform platform(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Holder.class, key -> start(), Holder.class).platform();
    }

    private static Holder start() {
        try {
            Path data = Files.createTempDirectory("e2e-platform");
            return new Holder(Platform.start(options(data)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Platform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }
}
