package com.baokao.account.token;

/**
 * What a phone client gets when it signs in or refreshes: a short-lived access token to send as
 * {@code Authorization: Bearer}, and a refresh token, good once, for the next pair.
 */
public record TokenPair(String accessToken, long expiresInSeconds, String refreshToken,
                        long refreshExpiresInSeconds) {
}
