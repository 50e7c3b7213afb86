package io.claimcheck.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /q/openapi}: the API's OpenAPI 3.1 document, {@code api/openapi.json} on the class
 * path. It is written by hand to match SPEC.md (OpenApiDocumentTest holds it to the routes), so
 * nothing has to build it while the function initialises; it is read on the first request.
 */
@Path("/q/openapi")
public class OpenApiResource {

    static final String DOCUMENT = "api/openapi.json";

    private static final class Holder {
        static final byte[] JSON = read();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/vnd.oai.openapi+json"})
    public byte[] document() {
        return Holder.JSON;
    }

    private static byte[] read() {
        try (InputStream in = OpenApiResource.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
