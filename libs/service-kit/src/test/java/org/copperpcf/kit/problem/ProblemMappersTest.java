package org.copperpcf.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;

class ProblemMappersTest {

    record Factor(@NotBlank String key) {
    }

    record Request(List<@Valid Factor> factors) {
    }

    static class Resource {
        public void list(@Max(500) int limit) {
        }

        public void publish(@Valid Request request) {
        }
    }

    @Test
    void namesAQueryParameterByItsNameAndABodyFieldByItsPathInTheBody() throws Exception {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator().forExecutables();
            Method list = Resource.class.getMethod("list", int.class);
            Set<ConstraintViolation<Resource>> limit = validator.validateParameters(new Resource(), list,
                    new Object[]{501});
            assertEquals("limit", ProblemMappers.fieldOf(limit.iterator().next().getPropertyPath()));

            Method publish = Resource.class.getMethod("publish", Request.class);
            Set<ConstraintViolation<Resource>> key = validator.validateParameters(new Resource(), publish,
                    new Object[]{new Request(List.of(new Factor("a"), new Factor(" ")))});
            assertEquals("factors[1].key", ProblemMappers.fieldOf(key.iterator().next().getPropertyPath()));
        }
    }
}
