package io.claimcheck.api;

import io.claimcheck.engine.ClaimCheck;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One engine for the whole function: it is immutable and thread-safe. */
public class EngineProducer {

    @Produces
    @Singleton
    ClaimCheck engine() {
        return new ClaimCheck();
    }

    /**
     * Builds the engine, and so loads the lexicon, while the function initialises: Lambda's init
     * phase rather than the first request pays for it, and SnapStart's snapshot includes it.
     */
    void warm(@Observes StartupEvent event, ClaimCheck engine) {
        engine.check(io.claimcheck.ingest.Article.ofText("Warm-up: 1 claim."));
    }
}
