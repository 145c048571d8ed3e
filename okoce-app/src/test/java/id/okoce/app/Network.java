package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Sentences for setting up the network through the API, as the hub. */
final class Network {

    private final Api admin = TestService.admin();

    /** The members of province {@code code} in a members-by-province report (0 when it has none). */
    static long membersIn(JsonNode byProvince, String code) {
        for (JsonNode row : byProvince.path("provinces")) {
            if (row.path("code").asText().equals(code)) {
                return row.path("members").asLong();
            }
        }
        return 0;
    }

    /** A duplicate scan once it has ended (waiting up to 30 s); its job. */
    static JsonNode scanEnded(Api hub, long id) {
        for (int i = 0; i < 600; i++) {
            JsonNode job = hub.get("/api/v1/duplicate-scans/" + id).json();
            if (!job.path("status").asText().equals("RUNNING")) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("scan " + id + " still running after 30 s");
    }

    /** A partner registered and validated in {@code province}; returns its JSON. */
    JsonNode validatedPartner(String province) {
        Api.Response registered = admin.post("/api/v1/partners", Bodies.partner(province));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().path("id").asText();
        Api.Response validated = admin.post("/api/v1/partners/" + id + "/validation", "{\"decision\":\"APPROVE\",\"on\":\"2018-09-07\"}",
                "If-Match", registered.header("ETag").orElseThrow());
        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        return validated.json();
    }

    /** A government agreement (P2 P3 P4) from 2018-10-01 for the partner. */
    void governmentAgreement(String partnerId) {
        Api.Response response = admin.post("/api/v1/partners/" + partnerId + "/agreements", """
                {"counterpartyKind":"GOVERNMENT","counterpartyName":"Dinas KUMKM","stages":["P2","P3","P4"],
                 "validFrom":"2018-10-01","validUntil":"2020-12-31"}""");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** A token of a role, as the hub issues it; returns the secret. */
    String token(String body) {
        Api.Response response = admin.post("/api/v1/tokens", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("token").asText();
    }

    /** A partner token. */
    String partnerToken(String partnerId) {
        return token("{\"role\":\"PARTNER\",\"partnerId\":\"" + partnerId + "\"}");
    }

    /** A member registered by {@code api} in {@code kecamatan}; returns its JSON. */
    static JsonNode member(Api api, String kecamatan) {
        Api.Response response = api.post("/api/v1/members", Bodies.member(kecamatan));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /** Completes a stage through {@code api}, reading the ETag first; returns the response. */
    static Api.Response complete(Api api, String memberId, String stage, String on) {
        String etag = api.get("/api/v1/members/" + memberId).header("ETag").orElseThrow();
        return api.post("/api/v1/members/" + memberId + "/stages", Bodies.stage(stage, on), "If-Match", etag);
    }

    /** The import job {@code id} once it has finished (waiting up to a minute). */
    static JsonNode importFinished(Api api, String id) throws InterruptedException {
        JsonNode job = api.get("/api/v1/imports/" + id).json();
        for (int i = 0; i < 600 && job.path("finishedAt").isNull(); i++) {
            Thread.sleep(100);
            job = api.get("/api/v1/imports/" + id).json();
        }
        return job;
    }

    /** The hub's client. */
    Api admin() {
        return admin;
    }
}
