package io.claimcheck.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/**
 * The result of a non-HTTP invocation, written to the Lambda runtime as the JSON value itself
 * rather than as an API Gateway response.
 */
public final class RawResult extends APIGatewayV2HTTPResponse {
    private final transient Object value;

    public RawResult(Object value) {
        this.value = value;
    }

    public Object value() {
        return value;
    }
}
