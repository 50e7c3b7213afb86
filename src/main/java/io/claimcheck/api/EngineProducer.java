package io.claimcheck.api;

import io.claimcheck.engine.ClaimCheck;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One engine for the whole function: it is immutable and thread-safe. */
public class EngineProducer {

    @Produces
    @Singleton
    ClaimCheck engine() {
        return new ClaimCheck();
    }
}
