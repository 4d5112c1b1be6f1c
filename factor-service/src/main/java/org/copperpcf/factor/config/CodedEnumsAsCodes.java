package org.copperpcf.factor.config;

import java.io.IOException;
import java.util.Optional;

import org.copperpcf.factor.model.Coded;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Every {@link Coded} enum travels as its lower-case code; an unknown code names the allowed ones. */
@Singleton
public class CodedEnumsAsCodes implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("coded-enums") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(new Deserializers.Base() {
                    @Override
                    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                                    BeanDescription description) {
                        return Coded.class.isAssignableFrom(type) ? new CodeDeserializer(type) : null;
                    }
                });
            }
        };
        module.addSerializer(Coded.class, new StdSerializer<>(Coded.class) {
            @Override
            public void serialize(Coded value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(value.code());
            }
        });
        mapper.registerModule(module);
    }

    private static final class CodeDeserializer extends JsonDeserializer<Object> {
        private final Class<?> type;

        CodeDeserializer(Class<?> type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String code = parser.getValueAsString();
            Optional<?> value = Coded.parse((Class) type, code);
            if (value.isEmpty()) {
                throw context.weirdStringException(code, type, "allowed: " + Coded.allowed((Class) type));
            }
            return value.get();
        }
    }
}
