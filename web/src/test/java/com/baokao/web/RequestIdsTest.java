package com.baokao.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    @Test
    void aWellFormedIdFromTheLoadBalancerIsKept() {
        assertThat(RequestIds.accepted("haproxy-7f3a:0001")).hasValue("haproxy-7f3a:0001");
    }

    @Test
    void aMissingShortLongOrOddIdIsReplaced() {
        assertThat(RequestIds.accepted(null)).isEmpty();
        assertThat(RequestIds.accepted("short")).isEmpty();
        assertThat(RequestIds.accepted("x".repeat(65))).isEmpty();
        assertThat(RequestIds.accepted("abc<script>def")).isEmpty();
        assertThat(RequestIds.accepted("line1\r\nSet-Cookie: x=y")).isEmpty();
        assertThat(RequestIds.newId()).matches("[0-9a-f]{16}").isNotEqualTo(RequestIds.newId());
    }

    @Test
    void theRequestsThreadCarriesTheIdWhileServingItAndLosesItAfter() throws Exception {
        Map<String, Object> attributes = new HashMap<>();
        Map<String, String> sent = new HashMap<>();
        HttpServletRequest request = proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "getHeader" -> "lb-00000000000042";
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            default -> null;
        });
        HttpServletResponse response = proxy(HttpServletResponse.class, (method, args) -> {
            if (method.equals("setHeader")) {
                sent.put((String) args[0], (String) args[1]);
            }
            return null;
        });
        String before = Thread.currentThread().getName();
        AtomicReference<String> during = new AtomicReference<>();
        AtomicReference<String> current = new AtomicReference<>();
        new RequestIds().doFilter(request, response, (req, res) -> {
            during.set(Thread.currentThread().getName());
            current.set(RequestIds.current().orElse(null));
        });
        assertThat(during.get()).isEqualTo(before + " request=lb-00000000000042");
        assertThat(current.get()).isEqualTo("lb-00000000000042");
        assertThat(attributes).containsEntry(RequestIds.ATTRIBUTE, "lb-00000000000042");
        assertThat(sent).containsEntry(RequestIds.HEADER, "lb-00000000000042");
        assertThat(Thread.currentThread().getName()).isEqualTo(before);
        assertThat(RequestIds.current()).isEmpty();
    }

    interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (self, method, args) -> {
                    Object value = answer.answer(method.getName(), args);
                    if (value == null && method.getReturnType() == boolean.class) {
                        return false;
                    }
                    if (value == null && method.getReturnType() == int.class) {
                        return 0;
                    }
                    return method.getReturnType() == void.class ? null : value;
                });
    }
}
