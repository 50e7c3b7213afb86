package io.claimcheck.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Lambda payload that is not an API Gateway event (an S3 notification, a direct invocation),
 * carried through the HTTP extension's handler type. {@code node} is null when the payload could
 * not be read at all, and {@code error} says why.
 */
public final class RawPayload extends APIGatewayV2HTTPEvent {
    private static final long serialVersionUID = 1L;

    private final transient JsonNode node;
    private final String error;

    public RawPayload(JsonNode node, String error) {
        this.node = node;
        this.error = error;
    }

    public JsonNode node() {
        return node;
    }

    public String error() {
        return error;
    }
}
