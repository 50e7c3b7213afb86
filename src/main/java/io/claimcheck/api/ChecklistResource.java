package io.claimcheck.api;

import io.claimcheck.engine.ClaimCheck;
import io.claimcheck.ingest.Article;
import io.claimcheck.ingest.BodyFormat;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /v1/checklists}: an article in, its checklist out (SPEC.md). */
@Path("/v1/checklists")
public class ChecklistResource {

    static final String MARKDOWN = Responses.MARKDOWN;
    static final String JSON_LD = Responses.JSON_LD;

    @Inject
    ClaimCheck engine;

    @Inject
    ArticleReader reader;

    @Inject
    ContentNegotiation negotiation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN, JSON_LD})
    public Response fromJson(String json,
                             @QueryParam("format") String format,
                             @Context HttpHeaders headers) {
        MediaType type = negotiation.choose(headers);
        Article article = reader.document(reader.parse(json), format);
        return respond(article, type);
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML, MARKDOWN})
    @Produces({MediaType.APPLICATION_JSON, MARKDOWN, JSON_LD})
    public Response fromBody(String body, @Context HttpHeaders headers) {
        MediaType accept = negotiation.choose(headers);
        MediaType type = headers.getMediaType();
        BodyFormat format = type == null ? BodyFormat.TEXT
                : type.isCompatible(MediaType.TEXT_HTML_TYPE) ? BodyFormat.HTML
                : type.getSubtype().equalsIgnoreCase("markdown") ? BodyFormat.MARKDOWN : BodyFormat.TEXT;
        if (body != null && body.length() > ArticleReader.MAX_JSON_CHARS) {
            throw BadInputException.tooLarge("The body has " + body.length() + " characters; the limit is " + Limits.BODY + ".");
        }
        return respond(reader.text(body, format), accept);
    }

    private Response respond(Article article, MediaType type) {
        return Responses.checklist(engine, engine.check(article), type).build();
    }
}
