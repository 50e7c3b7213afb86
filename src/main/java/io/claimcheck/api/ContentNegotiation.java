package io.claimcheck.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Picks the representation of a checklist from the request's Accept header, best quality first. */
@ApplicationScoped
public class ContentNegotiation {

    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(ChecklistResource.MARKDOWN), MediaType.valueOf(ChecklistResource.JSON_LD));

    /**
     * @throws NotAcceptableException when the client accepts none of the offered types
     */
    public MediaType choose(HttpHeaders headers) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        if (acceptable.isEmpty()) {
            return MediaType.APPLICATION_JSON_TYPE;
        }
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType()) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
            for (MediaType offered : OFFERED) {
                if (accepted.isCompatible(offered)) {
                    return offered;
                }
            }
        }
        throw new NotAcceptableException();
    }
}
