package org.permanenceplatform.permanence.adopter.store;

import org.permanenceplatform.kit.testing.TestStore;

/** The adopters' store contract against the embedded store: runs everywhere. */
class AdopterEmbeddedStoreContractTest extends AdopterStoreContract {

    @Override
    String serverUri() {
        return "mongodb://" + TestStore.store().host() + ":" + TestStore.store().port();
    }
}
