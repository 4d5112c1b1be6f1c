package org.copperpcf.systemtest;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.util.UUID;

import org.copperpcf.stack.LocalStack;
import org.copperpcf.stack.StackSettings;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the whole system once for all system tests, through the same launcher as {@code ./pcf up} but on free
 * ports and in a throw-away folder, and stops it when the run ends. Tests receive it as a parameter.
 */
public final class RunningStack implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(LocalStack.class, key -> start(), LocalStack.class);
    }

    private static LocalStack start() {
        Path home = Path.of(System.getProperty("pcf.home", "..")).toAbsolutePath().normalize();
        Path state = Path.of(System.getProperty("pcf.state", "target/system-stack"))
                .resolve(UUID.randomUUID().toString());
        return LocalStack.start(StackSettings.ephemeral(home, state), line -> System.out.println("[stack] " + line));
    }

    /** A token from the stack's issuer endpoint, obtained the way a developer's client would. */
    static String token(LocalStack stack, String role) {
        return given().formParam("role", role).when().post(stack.tokenUrl())
                .then().statusCode(200).extract().path("access_token");
    }
}
