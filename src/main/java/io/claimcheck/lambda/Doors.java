package io.claimcheck.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decorates the HTTP extension's Lambda handler: API Gateway events go to it unchanged (and so to
 * the RESTEasy resources); every other payload, read by {@link PayloadModule} as a
 * {@link RawPayload}, goes to {@link Invocations}. One artifact, one handler, every door.
 */
@Decorator
@Priority(10)
public abstract class Doors implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    @Inject
    @Delegate
    @Any
    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> http;

    @Inject
    Invocations invocations;

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (event instanceof RawPayload raw) {
            return new RawResult(invocations.handle(raw));
        }
        return withoutHopByHopHeaders(http.handleRequest(event, context));
    }

    /** Headers of one HTTP connection, which a Lambda response must not carry to API Gateway. */
    static final Set<String> HOP_BY_HOP = Set.of("transfer-encoding", "connection", "keep-alive", "upgrade",
            "proxy-connection", "te", "trailer");

    /**
     * The HTTP extension passes a {@code transfer-encoding} header through when RESTEasy streamed a
     * large body; a client then waits for chunks that never come. The body is whole in the Lambda
     * response, so connection-level headers are dropped.
     */
    static APIGatewayV2HTTPResponse withoutHopByHopHeaders(APIGatewayV2HTTPResponse r) {
        if (r == null) {
            return null;
        }
        if (r.getHeaders() != null) {
            Map<String, String> h = new LinkedHashMap<>(r.getHeaders());
            h.keySet().removeIf(k -> HOP_BY_HOP.contains(k.toLowerCase(Locale.ROOT)));
            r.setHeaders(h);
        }
        if (r.getMultiValueHeaders() != null) {
            Map<String, List<String>> h = new LinkedHashMap<>(r.getMultiValueHeaders());
            h.keySet().removeIf(k -> HOP_BY_HOP.contains(k.toLowerCase(Locale.ROOT)));
            r.setMultiValueHeaders(h);
        }
        return r;
    }
}
