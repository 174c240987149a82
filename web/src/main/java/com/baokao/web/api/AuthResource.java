package com.baokao.web.api;

import com.baokao.web.operations.BaokaoMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.baokao.account.AccountRole;
import com.baokao.account.AccountSummary;
import com.baokao.account.IdType;
import com.baokao.account.PasswordChange;
import com.baokao.account.RegistrationForm;
import com.baokao.account.RegistrationService;
import com.baokao.account.Sex;
import com.baokao.account.captcha.CaptchaAnswer;
import com.baokao.account.captcha.CaptchaChallenges;
import com.baokao.account.reset.PasswordResetService;
import com.baokao.account.signin.LoginKey;
import com.baokao.account.signin.SignInOutcome;
import com.baokao.account.signin.SignInService;
import com.baokao.account.token.ApiTokens;
import com.baokao.account.token.TokenCaller;
import com.baokao.account.token.TokenPair;
import com.baokao.i18n.BaokaoException;
import com.baokao.web.captcha.CaptchaPictures;
import com.baokao.web.security.BaokaoAuthentication;
import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.Base64;

/**
 * Accounts and sign-in for the phone client: a CAPTCHA picture by id, registration, sign-in with bearer and refresh
 * tokens, refresh, sign-out, a password reset by e-mailed code and a password change. The services apply the same
 * rules as for the pages (ID check digit, password policy, the slow-down and CAPTCHA after failed sign-ins).
 */
@Path("v1/auth")
@Tag(name = "auth", description = "CAPTCHA, registration, sign-in, tokens, passwords")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// made once, not per request, as ApplicationResource; what belongs to the request comes as @Context parameters
@ApplicationScoped
public class AuthResource {

    @Inject
    BaokaoMetrics metrics;

    @EJB
    CaptchaChallenges captchas;

    @EJB
    RegistrationService registration;

    @EJB
    SignInService signIn;

    @EJB
    ApiTokens tokens;

    @EJB
    PasswordResetService passwordReset;

    @EJB
    PasswordChange passwordChange;

    public record CaptchaPicture(String id, @Schema(description = "a data: URI of the JPEG picture") String image,
                                 long expiresInSeconds) {
    }

    public record Registration(boolean agreementAccepted, String name, IdType idType, String idNumber, Sex sex,
                               LocalDate birthDate, String phone, String email, String password,
                               String passwordRepeat, String captchaId, String captchaAnswer) {
    }

    public record Registered(AccountSummary account, TokenPair tokens) {
    }

    public record SignInRequest(IdType idType, String idNumber, String password, String captchaId,
                                String captchaAnswer) {
    }

    public record RefreshRequest(String refreshToken) {
    }

    public record ResetCodeRequest(IdType idType, String idNumber, String email, String captchaId,
                                   String captchaAnswer) {
    }

    public record ResetRequest(IdType idType, String idNumber, String code, String newPassword,
                               String newPasswordRepeat) {
    }

    public record PasswordChangeRequest(String currentPassword, String newPassword, String newPasswordRepeat) {
    }

    @POST
    @Path("captcha")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A new CAPTCHA picture; send its id and the typed text with registration, a reset-code"
            + " request, or a sign-in after failures. Each id is answered once.")
    @APIResponse(responseCode = "201", description = "the picture",
            content = @Content(schema = @Schema(implementation = CaptchaPicture.class)))
    public Response captcha() {
        CaptchaChallenges.Issued issued = captchas.issue();
        String image = "data:image/jpeg;base64,"
                + Base64.getEncoder().encodeToString(CaptchaPictures.jpeg(issued.captcha().text()));
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(new CaptchaPicture(issued.id(), image,
                        com.baokao.account.captcha.Captcha.VALIDITY.toSeconds()))
                .build();
    }

    @POST
    @Path("register")
    @Operation(summary = "Opens a real-name candidate account and signs it in")
    @APIResponse(responseCode = "201", description = "the account and its first tokens",
            content = @Content(schema = @Schema(implementation = Registered.class)))
    public Response register(Registration body) {
        Registration r = required(body);
        CaptchaAnswer answer = captchas.answer(r.captchaId(), r.captchaAnswer());
        AccountSummary account = registration.register(new RegistrationForm(r.agreementAccepted(), r.name(),
                r.idType(), r.idNumber(), r.sex(), r.birthDate(), r.phone(), r.email(), r.password(),
                r.passwordRepeat()), answer);
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store")
                .entity(new Registered(account, tokens.signIn(account.id(), AccountRole.CANDIDATE))).build();
    }

    @POST
    @Path("token")
    @Operation(summary = "Signs a candidate in with ID and password; after repeated failures a CAPTCHA answer is"
            + " needed (problem field captchaRequired) and then a wait (429 with Retry-After)")
    @APIResponse(responseCode = "200", description = "access and refresh tokens",
            content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "wrong ID or password, or the CAPTCHA answer is missing or wrong",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    @APIResponse(responseCode = "429", description = "too many failures: wait the seconds given",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response signIn(SignInRequest body, @Context HttpHeaders headers) {
        SignInRequest s = required(body);
        CaptchaAnswer answer = s.captchaId() == null ? CaptchaAnswer.NONE
                : captchas.answer(s.captchaId(), s.captchaAnswer());
        LoginKey key;
        try {
            key = LoginKey.candidate(s.idType(), s.idNumber());
        } catch (IllegalArgumentException e) {
            throw new ApiRefusal(Response.Status.UNAUTHORIZED, "login.failed");
        }
        SignInOutcome outcome = signIn.attempt(key, s.password(), answer);
        metrics.signIn(BaokaoMetrics.Channel.API, outcome.verifiedCaller().isPresent());
        if (outcome.verifiedCaller().isPresent()) {
            SignInService.VerifiedCaller caller = outcome.verifiedCaller().get();
            if (caller.role() != AccountRole.CANDIDATE) {
                throw new ApiRefusal(Response.Status.FORBIDDEN, "api.forbidden");
            }
            return Response.ok(tokens.signIn(caller.accountId(), caller.role())).header("Cache-Control", "no-store")
                    .build();
        }
        BaokaoException refusal = outcome.refusal();
        java.util.Locale locale = ApiLanguage.of(headers);
        boolean wait = "login.wait".equals(refusal.getMessageKey());
        ApiProblem problem = refusal.getField() != null
                ? Problems.of(locale, wait ? 429 : 401, refusal.getMessageKey(), refusal.getField(),
                        refusal.getMessageArgs())
                : Problems.of(locale, wait ? 429 : 401, refusal.getMessageKey(), refusal.getMessageArgs());
        problem = problem.withCaptcha(outcome.captchaRequired());
        if (wait) {
            problem = problem.withRetryAfter(((Number) refusal.getMessageArgs()[0]).longValue());
        }
        return Problems.response(problem);
    }

    @POST
    @Path("refresh")
    @Operation(summary = "The next token pair for a refresh token, which is used up; a refresh token used twice"
            + " signs that phone out entirely")
    @APIResponse(responseCode = "200", description = "access and refresh tokens",
            content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "unknown, expired, used or revoked refresh token",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    public Response refresh(RefreshRequest body) {
        TokenPair next = tokens.refresh(required(body).refreshToken())
                .orElseThrow(() -> new ApiRefusal(Response.Status.UNAUTHORIZED, "api.token.invalid"));
        return Response.ok(next).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.WILDCARD)
    @CandidateOnly
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Operation(summary = "Signs this phone out: its access and refresh tokens stop working at once")
    @APIResponse(responseCode = "204", description = "signed out")
    public Response signOut(@Context HttpServletRequest request) {
        tokens.signOut((TokenCaller) request.getAttribute(BaokaoAuthentication.TOKEN_CALLER));
        return Response.noContent().build();
    }

    @POST
    @Path("password-reset/code")
    @Operation(summary = "E-mails a 6-digit code to reset the password, if ID and e-mail belong to one account"
            + " (the answer is the same either way)")
    @APIResponse(responseCode = "202", description = "if the account exists, a code is on its way")
    public Response requestResetCode(ResetCodeRequest body, @Context HttpHeaders headers) {
        ResetCodeRequest r = required(body);
        passwordReset.requestCode(r.idType(), r.idNumber(), r.email(), ApiLanguage.of(headers),
                captchas.answer(r.captchaId(), r.captchaAnswer()));
        return Response.accepted().build();
    }

    @POST
    @Path("password-reset")
    @Operation(summary = "Sets a new password with the e-mailed code; every phone signed in is signed out")
    @APIResponse(responseCode = "204", description = "the new password is set")
    public Response resetPassword(ResetRequest body) {
        ResetRequest r = required(body);
        passwordReset.resetPassword(r.idType(), r.idNumber(), r.code(), r.newPassword(), r.newPasswordRepeat());
        return Response.noContent().build();
    }

    @POST
    @Path("password")
    @CandidateOnly
    @SecurityRequirement(name = ApiApplication.BEARER)
    @Operation(summary = "Changes the password; every phone signed in (this one too) is signed out")
    @APIResponse(responseCode = "204", description = "changed")
    public Response changePassword(PasswordChangeRequest body) {
        PasswordChangeRequest p = required(body);
        passwordChange.change(p.currentPassword(), p.newPassword(), p.newPasswordRepeat());
        return Response.noContent().build();
    }

    /** A JSON body that is missing altogether. */
    static <T> T required(T body) {
        if (body == null) {
            throw new ApiRefusal(Response.Status.BAD_REQUEST, "api.body.invalid");
        }
        return body;
    }
}
