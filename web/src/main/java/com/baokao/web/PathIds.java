package com.baokao.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;

/** The numeric id at the end of a servlet path ({@code /files/123}); anything else is no id. */
public final class PathIds {

    private PathIds() {
    }

    public static OptionalLong of(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path != null && path.matches("/\\d{1,18}") ? OptionalLong.of(Long.parseLong(path.substring(1)))
                : OptionalLong.empty();
    }
}
