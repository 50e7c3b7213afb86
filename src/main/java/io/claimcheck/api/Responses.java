package io.claimcheck.api;

import io.claimcheck.checklist.Checklist;
import io.claimcheck.engine.ClaimCheck;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A checklist as the HTTP answer in the negotiated representation: JSON, Markdown or JSON-LD. */
public final class Responses {

    public static final String MARKDOWN = "text/markdown";
    public static final String JSON_LD = "application/ld+json";

    private Responses() {
    }

    public static Response.ResponseBuilder checklist(ClaimCheck engine, Checklist checklist, MediaType type) {
        if (type.isCompatible(MediaType.valueOf(MARKDOWN))) {
            return Response.ok(engine.markdown(checklist), MARKDOWN + ";charset=UTF-8");
        }
        if (type.isCompatible(MediaType.valueOf(JSON_LD))) {
            return Response.ok(engine.claimReview(checklist), JSON_LD);
        }
        return Response.ok(checklist, MediaType.APPLICATION_JSON_TYPE);
    }
}
