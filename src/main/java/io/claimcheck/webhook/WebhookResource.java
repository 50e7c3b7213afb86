package io.claimcheck.webhook;

import io.claimcheck.api.ArticleReader;
import io.claimcheck.api.ContentNegotiation;
import io.claimcheck.api.Responses;
import io.claimcheck.checklist.Checklist;
import io.claimcheck.engine.ClaimCheck;
import io.claimcheck.ingest.Article;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /v1/webhooks/{source}}: a CMS tells claimcheck about a story. The signature is
 * checked before anything else; a good one returns the checklist (and sends it to the callback
 * when one is configured or named and allowed).
 */
@Path("/v1/webhooks/{source}")
public class WebhookResource {

    @Inject
    Signatures signatures;

    @Inject
    ArticleReader reader;

    @Inject
    ClaimCheck engine;

    @Inject
    ContentNegotiation negotiation;

    @Inject
    Callbacks callbacks;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Responses.MARKDOWN, Responses.JSON_LD})
    public Response receive(@PathParam("source") String source, byte[] body, @QueryParam("format") String format,
                            @QueryParam("callback") String callback, @Context HttpHeaders headers) {
        byte[] raw = body == null ? new byte[0] : body;
        signatures.verify(source, headers::getHeaderString, raw);
        MediaType type = negotiation.choose(headers);
        String f = format != null ? format : switch (source) {
            case "ghost" -> "ghost";
            case "superdesk" -> "ninjs";
            default -> null;
        };
        Article article = reader.document(reader.parse(new String(raw, StandardCharsets.UTF_8)), f);
        Checklist checklist = engine.check(article);
        String sent = callbacks.send(checklist, callback);
        return Responses.checklist(engine, checklist, type).header("X-Claimcheck-Callback", sent).build();
    }
}
