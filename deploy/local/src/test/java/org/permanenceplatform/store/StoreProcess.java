package org.permanenceplatform.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The embedded store run as a separate operating-system process, so a test can kill it outright. */
final class StoreProcess implements AutoCloseable {

    private final Process process;
    private final String uri;

    private StoreProcess(Process process, String uri) {
        this.process = process;
        this.uri = uri;
    }

    static StoreProcess start(Path dataDirectory) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), EmbeddedStoreMain.class.getName(),
                "--port", "0", "--data", dataDirectory.toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        CompletableFuture<String> announced = CompletableFuture.supplyAsync(() -> readUri(process));
        try {
            return new StoreProcess(process, announced.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The store process did not announce its address", e);
        }
    }

    private static String readUri(Process process) {
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("STORE_URI=")) {
                    return line.substring("STORE_URI=".length());
                }
            }
            throw new IllegalStateException("The store process ended before it was ready");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String uri() {
        return uri;
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the shutdown hook closes the store cleanly. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
