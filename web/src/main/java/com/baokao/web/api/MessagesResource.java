package com.baokao.web.api;

import com.baokao.i18n.UserMessages;
import com.baokao.platform.Sha256;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The sentences behind the message keys that views carry (the status timeline's steps, a photo check's verdict,
 * statuses), in the language of {@code Accept-Language}: the same bundle the pages read, so a phone shows the same
 * words. Arguments are {@code {0}}, {@code {1}}... as in java.text.MessageFormat. Cacheable by ETag.
 */
@Path("v1/messages")
@Tag(name = "catalogue", description = "the published exam catalogue (anonymous, cacheable)")
@Produces(MediaType.APPLICATION_JSON)
public class MessagesResource {

    @Context
    HttpHeaders headers;

    @Context
    Request request;

    @GET
    @Operation(summary = "Every message key and its sentence in the request's language (zh-CN by default, en)")
    @APIResponse(responseCode = "200", description = "key → sentence")
    @APIResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    public Response messages() {
        Locale locale = ApiLanguage.of(headers);
        ResourceBundle bundle = ResourceBundle.getBundle(UserMessages.BUNDLE, locale, UserMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        TreeMap<String, String> sentences = new TreeMap<>();
        for (String key : bundle.keySet()) {
            sentences.put(key, bundle.getString(key));
        }
        String json = ApiJson.JSON.toJson(sentences);
        EntityTag tag = new EntityTag(Sha256.hex(json));
        CacheControl cache = CacheControl.valueOf("public, max-age=3600");
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cache)
                .header("Content-Language", locale.toLanguageTag()).header("Vary", "Accept-Language").build();
    }
}
