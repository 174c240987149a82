package com.baokao.itest.http;

import com.baokao.itest.support.BaokaoServer;
import com.baokao.itest.support.PageClient;
import com.baokao.itest.support.SignIns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators and load balancers use (issue 19), against the shared Baokao: MicroProfile Health's live, ready
 * and started with each check named; Baokao's metrics beside the runtime's in Prometheus' format; and a request id
 * in the header, the API's problem and the error page, taken from the load balancer when it sent one.
 */
@ExtendWith(BaokaoServer.class)
class OperatorsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_CANDIDATE = "110105199003071239";

    private BaokaoServer server;
    private PageClient client;

    @BeforeEach
    void server() {
        server = BaokaoServer.get();
        client = new PageClient(server);
    }

    @Test
    void healthAnswersLiveReadyAndStartedWithEveryCheckNamed() throws Exception {
        assertThat(upChecks("/health/live")).containsExactly("threads");
        assertThat(upChecks("/health/ready")).containsExactlyInAnyOrder("database", "migrations", "job-repository");
        assertThat(upChecks("/health/started")).containsExactly("schema-migrated");
        JsonNode ready = JSON.readTree(client.get("/health/ready").body());
        for (JsonNode check : ready.get("checks")) {
            if (check.get("name").asText().equals("migrations")) {
                assertThat(check.get("data").get("pending").asText()).isEqualTo("0");
                assertThat(Integer.parseInt(check.get("data").get("version").asText())).isGreaterThanOrEqualTo(18);
            }
        }
        // the older alias stays
        assertThat(client.get("/api/health").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsCountSignInsAndShowTheBacklogsThePoolsAndTheWaitingRoom() {
        String accepted = "baokao_sign_ins_total\\{channel=\"api\",mp_scope=\"application\",outcome=\"accepted\"}";
        String refused = "baokao_sign_ins_total\\{channel=\"api\",mp_scope=\"application\",outcome=\"refused\"}";
        String before = metrics();
        client.apiToken(DEMO_CANDIDATE, "Exam2026");
        // somebody nobody registered: refused, and no real account is brought nearer to its CAPTCHA
        HttpResponse<String> wrong = client.api("POST", "/api/v1/auth/token", null,
                "{\"idType\":\"RESIDENT_ID\",\"idNumber\":\"" + SignIns.newId("320106") + "\",\"password\":\"Nope2026\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        String after = metrics();
        assertThat(value(after, accepted)).isEqualTo(value(before, accepted) + 1);
        assertThat(value(after, refused)).isEqualTo(value(before, refused) + 1);
        for (String series : List.of("baokao_payment_records\\{mp_scope=\"application\",outcome=\"applied\"}",
                "baokao_refunds_queued\\{mp_scope=\"application\"}", "baokao_outbox_backlog\\{mp_scope=\"application\"}",
                "baokao_waiting_room_waiting\\{mp_scope=\"application\"}",
                "baokao_job_executions_running\\{job=\"fee-reconciliation\",mp_scope=\"application\"}",
                "baokao_submissions_total\\{channel=\"pages\",mp_scope=\"application\"}")) {
            assertThat(value(after, series)).as(series).isGreaterThanOrEqualTo(0);
        }
        assertThat(after).as("the runtime's pool usage").containsPattern("connection_pool_\\w+_usedConnection");
    }

    @Test
    void everyAnswerCarriesItsRequestIdIntoTheProblemAndTheErrorPage() throws Exception {
        HttpResponse<String> refused = client.api("POST", "/api/v1/auth/token", null,
                "{\"idType\":\"RESIDENT_ID\",\"idNumber\":\"" + SignIns.newId("320106") + "\",\"password\":\"Nope2026\"}");
        String id = refused.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(JSON.readTree(refused.body()).get("requestId").asText()).isEqualTo(id);

        HttpResponse<String> missing = client.get("/no-such-page.xhtml", Map.of("X-Request-Id", "lb-it-0000000123"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("X-Request-Id")).hasValue("lb-it-0000000123");
        assertThat(missing.body()).contains("lb-it-0000000123").contains("请求编号");
        assertThat(missing.headers().allValues("Set-Cookie")).as("a missing page keeps no session")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));

        HttpResponse<String> forged = client.get("/index.xhtml", Map.of("X-Request-Id", "bad id\"><script>"));
        assertThat(forged.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f]{16}");
        // the home page is kept and replayed for anonymous readers: each answer still has its own id
        HttpResponse<String> again = client.get("/index.xhtml", Map.of("X-Request-Id", "lb-it-0000000124"));
        assertThat(again.headers().allValues("X-Request-Id")).containsExactly("lb-it-0000000124");
    }

    private List<String> upChecks(String path) throws Exception {
        HttpResponse<String> answer = client.get(path);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        JsonNode health = JSON.readTree(answer.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        List<String> names = new ArrayList<>();
        for (JsonNode check : health.get("checks")) {
            assertThat(check.get("status").asText()).as(check.toString()).isEqualTo("UP");
            names.add(check.get("name").asText());
        }
        return names;
    }

    private String metrics() {
        HttpResponse<String> answer = client.get("/metrics");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private static double value(String metrics, String series) {
        Matcher found = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(found.find()).as(series + " in\n" + metrics.lines().filter(l -> l.startsWith("baokao_")).toList()).isTrue();
        return Double.parseDouble(found.group(1));
    }
}
