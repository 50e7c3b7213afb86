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
        return http.handleRequest(event, context);
    }
}
