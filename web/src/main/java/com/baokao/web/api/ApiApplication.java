package com.baokao.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Baokao's JSON API under {@code /api}: {@code /api/v1} for the phone client, the health check, the payment
 * provider's notification and the payment sandbox. Payara describes it at {@code /openapi}.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Baokao API", version = "1",
        description = "The candidate's path for the phone client: catalogue, account, profile, applications,"
                + " payment, documents and inbox. Errors are RFC 9457 problems (application/problem+json) with a"
                + " stable code and a sentence in the language of Accept-Language (zh-CN by default, en)."))
@SecurityScheme(securitySchemeName = ApiApplication.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "the access token from POST /api/v1/auth/token or /register")
public class ApiApplication extends Application {

    public static final String BEARER = "bearer";

    /** Multipart uploads ({@code EntityPart}) need Jersey's multipart feature, which Payara ships but leaves off. */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
