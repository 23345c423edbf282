package org.permanenceplatform.permanence.child.store;

import org.permanenceplatform.kit.testing.TestStore;

/** The store contract against the embedded store: runs everywhere. */
class EmbeddedStoreContractTest extends PermanenceStoreContract {

    @Override
    String serverUri() {
        return "mongodb://" + TestStore.store().host() + ":" + TestStore.store().port();
    }
}
