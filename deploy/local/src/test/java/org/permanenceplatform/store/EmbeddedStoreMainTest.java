package org.permanenceplatform.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedStoreMainTest {

    @Test
    void defaultsToTheMongoDbPortOnLoopbackWithDataUnderData() {
        StoreOptions options = EmbeddedStoreMain.parse(new String[0]);
        assertThat(options.port()).isEqualTo(27017);
        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.durability()).isEqualTo(Durability.FSYNC);
        assertThat(options.dataFile().toString()).endsWith("store.mv.db");
    }

    @Test
    void readsEveryOption() {
        StoreOptions options = EmbeddedStoreMain.parse(new String[] {
                "--host", "0.0.0.0", "--port", "0", "--data", "/tmp/x", "--durability", "write"});
        assertThat(options.host()).isEqualTo("0.0.0.0");
        assertThat(options.port()).isZero();
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/x"));
        assertThat(options.durability()).isEqualTo(Durability.WRITE);
    }

    @Test
    void namesTheOptionAtFault() {
        assertThatThrownBy(() -> EmbeddedStoreMain.parse(new String[] {"--port", "lots"}))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> EmbeddedStoreMain.parse(new String[] {"--durability", "maybe"}))
                .hasMessageContaining("--durability");
        assertThatThrownBy(() -> EmbeddedStoreMain.parse(new String[] {"--colour", "red"}))
                .hasMessageContaining("--colour");
    }
}
