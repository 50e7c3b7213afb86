package io.claimcheck.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every rejected request is answered with {@code application/problem+json}; no stack trace
 * ever leaves the function.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response badInput(BadInputException e) {
        return problem(e.problem());
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        return problem(ArticleReader.violationsProblem(e.getConstraintViolations()).problem());
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return problem(Problem.of("unsupported-media-type", "Unsupported Content-Type", 415,
                "Send application/json (an Article or CMS document), text/plain, text/html or text/markdown."));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e) {
        return problem(Problem.of("not-acceptable", "Not acceptable", 406,
                "claimcheck answers with application/json, text/markdown or application/ld+json; set Accept to one of them."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return problem(Problem.of("internal", "Internal error", 500, "The request could not be completed; it has been logged."));
        }
        String reason = Response.Status.fromStatusCode(status) == null ? "Request rejected"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return problem(Problem.of("http-" + status, reason, status, ArticleReader.clip(e.getMessage())));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected failure", e);
        return problem(Problem.of("internal", "Internal error", 500, "The request could not be completed; it has been logged."));
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
