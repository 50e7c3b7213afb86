package io.claimcheck.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Lets one function serve every door. The Lambda runtime reads each payload as an API Gateway
 * HTTP event with (a copy of) the application's mapper; this module reads anything that is not
 * such an event (an S3 notification, a direct invocation, even unreadable JSON) into a
 * {@link RawPayload}, and writes a {@link RawResult} as its plain value. HTTP events and
 * responses are read and written exactly as before.
 */
@Singleton
public class PayloadModule implements ObjectMapperCustomizer {

    /**
     * Limits for every payload the runtime reads (API Gateway events, S3 notifications, direct
     * invocations): an event nests a handful of levels; its body string is at most what API Gateway
     * passes (10 MB); no number needs more than a hundred digits. Past them the payload becomes a
     * problem result, never a function error.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(200)
            .maxStringLength(16 * 1024 * 1024)
            .maxNumberLength(100)
            .build();

    @Override
    public void customize(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(LIMITS);
        SimpleModule module = new SimpleModule("claimcheck-doors");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription desc,
                                                          JsonDeserializer<?> deserializer) {
                return desc.getBeanClass() == APIGatewayV2HTTPEvent.class ? new EventDeserializer(deserializer) : deserializer;
            }
        });
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription desc, JsonSerializer<?> serializer) {
                return desc.getBeanClass() == APIGatewayV2HTTPResponse.class ? new ResponseSerializer(serializer) : serializer;
            }
        });
        mapper.registerModule(module);
    }

    /** An API Gateway HTTP API event carries a version and a request context with its HTTP method. */
    static boolean isHttpEvent(JsonNode n) {
        return n != null && n.isObject() && n.path("requestContext").has("http") && n.has("rawPath");
    }

    static final class EventDeserializer extends StdDeserializer<APIGatewayV2HTTPEvent> implements ResolvableDeserializer {
        private final JsonDeserializer<?> standard;

        EventDeserializer(JsonDeserializer<?> standard) {
            super(APIGatewayV2HTTPEvent.class);
            this.standard = standard;
        }

        @Override
        public void resolve(DeserializationContext ctxt) throws JsonMappingException {
            if (standard instanceof ResolvableDeserializer r) {
                r.resolve(ctxt);
            }
        }

        @Override
        public APIGatewayV2HTTPEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode tree;
            try {
                tree = p.readValueAsTree();
            } catch (IOException e) {
                // too deep, too long, not JSON: still an invocation, answered with a problem
                return new RawPayload(null, message(e));
            }
            if (!isHttpEvent(tree)) {
                return new RawPayload(tree, null);
            }
            try (JsonParser again = tree.traverse(p.getCodec())) {
                again.nextToken();
                return (APIGatewayV2HTTPEvent) standard.deserialize(again, ctxt);
            }
        }

        @Override
        public APIGatewayV2HTTPEvent getNullValue(DeserializationContext ctxt) {
            return new RawPayload(null, "the payload is empty (JSON null)");
        }
    }

    static final class ResponseSerializer extends StdSerializer<APIGatewayV2HTTPResponse> implements ResolvableSerializer {
        private final JsonSerializer<Object> standard;

        @SuppressWarnings("unchecked")
        ResponseSerializer(JsonSerializer<?> standard) {
            super(APIGatewayV2HTTPResponse.class);
            this.standard = (JsonSerializer<Object>) standard;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (standard instanceof ResolvableSerializer r) {
                r.resolve(provider);
            }
        }

        @Override
        public void serialize(APIGatewayV2HTTPResponse value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof RawResult raw) {
                provider.defaultSerializeValue(raw.value(), gen);
            } else {
                standard.serialize(value, gen, provider);
            }
        }
    }

    /** The parser's complaint, on one line and short. */
    static String message(IOException e) {
        String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (m == null) {
            return "the payload is not valid JSON";
        }
        m = m.replace('\n', ' ').replace('\r', ' ');
        return m.length() > 200 ? m.substring(0, 200) + "\u2026" : m;
    }
}
