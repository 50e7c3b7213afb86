package io.claimcheck.api;

import io.claimcheck.checklist.Checklist;
import io.claimcheck.checklist.ChecklistItem;
import io.claimcheck.extract.Attribution;
import io.claimcheck.extract.TimeRef;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types Jackson writes or reads by reflection. In a native image only registered classes keep
 * their accessors; the engine's records are plain Java and cannot carry Quarkus annotations, so
 * they are registered here, at the edge.
 */
@RegisterForReflection(targets = {Checklist.class, Checklist.ArticleInfo.class, Checklist.Summary.class,
        Checklist.EngineInfo.class, ChecklistItem.class, TimeRef.class, Attribution.class, Problem.class,
        Problem.Violation.class, ArticleRequest.class, io.claimcheck.storage.S3Door.Outcome.class})
public final class Reflection {
    private Reflection() {
    }
}
