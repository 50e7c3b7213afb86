package baseline;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The same routes as claimcheck, doing nothing: what the door alone costs. */
@Path("/v1")
public class EmptyResource {

    @POST
    @Path("/checklists")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> checklist(String body) {
        return Map.of("claims", java.util.List.of(), "length", body == null ? 0 : body.length());
    }

    @GET
    @Path("/health")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> health() {
        return Map.of("status", "ok");
    }
}
