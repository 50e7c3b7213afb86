package io.claimcheck.api;

import io.claimcheck.engine.ClaimCheck;
import io.claimcheck.extract.Lexicon;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code GET /v1/health}: the function answers, and its lexicon is loaded. */
@Path("/v1/health")
public class HealthResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> health() {
        return Map.of("status", "ok", "engine", Map.of("name", ClaimCheck.NAME, "version", ClaimCheck.VERSION),
                "lexiconEntries", Lexicon.english().size());
    }
}
