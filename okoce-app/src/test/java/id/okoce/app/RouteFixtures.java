package id.okoce.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.okoce.adapter.http.HttpApi;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.domain.access.Role;
import id.okoce.domain.testdata.Niks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A valid call of every route of the table, for any caller, on an object (or in an area) of the
 * caller's own province, of another province, or of none: what the role × route matrix, the NUL
 * test and the fuzz start from. A route without a fixture fails {@link #of}, so a new route is
 * covered the day it is added.
 */
final class RouteFixtures {

    /** Who calls. */
    enum Caller {
        /** The hub: its "own" province is DKI Jakarta, "another" Jawa Barat (it sees both). */
        HUB(Role.HUB_ADMIN, "31", "32"),
        /** The Jawa Barat partner: another province is Jawa Tengah. */
        PARTNER(Role.PARTNER, "32", "33"),
        /** Bank DKI: its products serve DKI Jakarta. */
        BANK(Role.BANK, "31", "33");

        final Role role;
        final String own;
        final String other;

        Caller(Role role, String own, String other) {
            this.role = role;
            this.own = own;
            this.other = other;
        }
    }

    /** Where the object (or the area acted in) is, relative to the caller. */
    enum Target {
        /** In the caller's own province (or the caller's own object). */
        OWN,
        /** In another province (or another caller's object). */
        OTHER,
        /** An object that does not exist. */
        NONE
    }

    /** How a route's answer depends on where its object is. */
    enum Scope {
        /** An object named in the path: one of another province is 404 to a partner, as if it did not exist. */
        OBJECT,
        /** Acting in a province (registering there, its report): another province is 403 to a partner. */
        AREA,
        /** A bank's object (a product): another bank's is 404 to a bank, as if it did not exist; others see all. */
        BANK_OWNED,
        /** Nothing of a province: the same answer wherever. */
        GLOBAL
    }

    /**
     * One request.
     *
     * @param method  the method
     * @param path    the path with its query
     * @param body    the body, or null
     * @param headers header name/value pairs
     */
    record Call(String method, String path, String body, String... headers) {
        Call(String method, String path) {
            this(method, path, null);
        }

        Api.Response send(Api api) {
            return api.send(method, path, body, headers);
        }
    }

    /** Makes a call for a caller and target; null when that combination cannot be set up through the API yet. */
    @FunctionalInterface
    interface Maker {
        Call make(Caller caller, Target target);
    }

    /**
     * A route's fixture.
     *
     * @param scope   how its answer depends on the target
     * @param success the status of a successful call
     * @param maker   makes the calls
     */
    record Fixture(Scope scope, int success, Maker maker) {
    }

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Map<String, String> KECAMATAN = Map.of("31", "31.71.01", "32", "32.73.01", "33", "33.74.01");

    private final Network network = new Network();
    private final Api hub = network.admin();
    private final Map<Caller, Api> apis = new LinkedHashMap<>();
    private final Map<String, String> partners = new LinkedHashMap<>();
    private final Map<String, Fixture> fixtures = new LinkedHashMap<>();

    RouteFixtures() {
        for (String province : List.of("32", "33")) {
            String id = network.validatedPartner(province).path("id").asText();
            network.governmentAgreement(id);
            partners.put(province, id);
        }
        apis.put(Caller.HUB, hub);
        apis.put(Caller.PARTNER, TestService.as(network.partnerToken(partners.get("32"))));
        apis.put(Caller.BANK, TestService.as(network.token("{\"role\":\"BANK\",\"bank\":\"Bank DKI\"}")));
        define();
    }

    /** The client of a caller. */
    Api api(Caller caller) {
        return apis.get(caller);
    }

    /** The fixture of {@code route}; fails the test when the route has none. */
    Fixture of(ApiRoute route) {
        Fixture fixture = fixtures.get(key(route.method().name(), route.path()));
        assertThat(fixture).as("route %s %s has a fixture in RouteFixtures (add one with the route)", route.method(), route.path())
                .isNotNull();
        return fixture;
    }

    /** Every route of the running service's table. */
    static List<ApiRoute> routes() {
        return TestService.get().service().injector().getInstance(HttpApi.class).routes();
    }

    /** The status a caller gets from a route on a target, by the access rules. */
    static int expected(ApiRoute route, Fixture fixture, Caller caller, Target target) {
        if (!route.roles().contains(caller.role)) {
            return 403;
        }
        return switch (fixture.scope()) {
            case GLOBAL -> fixture.success();
            case OBJECT -> target == Target.NONE || (target == Target.OTHER && caller == Caller.PARTNER) ? 404 : fixture.success();
            case AREA -> target == Target.OTHER && caller == Caller.PARTNER ? 403 : fixture.success();
            case BANK_OWNED -> target == Target.NONE || (target == Target.OTHER && caller == Caller.BANK) ? 404 : fixture.success();
        };
    }

    private static String key(String method, String path) {
        return method + " " + path;
    }

    private String province(Caller caller, Target target) {
        return target == Target.OTHER ? caller.other : caller.own;
    }

    /** A member registered by the hub in {@code province}: its id and ETag. */
    private String[] member(String province) {
        Api.Response created = hub.post("/api/v1/members", Bodies.member(KECAMATAN.get(province)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new String[] {created.json().path("id").asText(), created.header("ETag").orElseThrow()};
    }

    /** A partner registered by the hub in {@code province}, validated (and suspended) as asked: its id and ETag. */
    private String[] partner(String province, boolean validated, boolean suspended) {
        Api.Response created = hub.post("/api/v1/partners", Bodies.partner(province).replace("Komunitas Wirausaha",
                "Komunitas " + SERIAL.incrementAndGet()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        String etag = created.header("ETag").orElseThrow();
        if (validated) {
            Api.Response v = hub.post("/api/v1/partners/" + id + "/validation", "{\"decision\":\"APPROVE\",\"on\":\"2018-09-07\"}", "If-Match", etag);
            assertThat(v.status()).as(v.body()).isEqualTo(200);
            etag = v.header("ETag").orElseThrow();
        }
        if (suspended) {
            Api.Response s = hub.post("/api/v1/partners/" + id + "/suspension", "{\"reason\":\"audit\"}", "If-Match", etag);
            assertThat(s.status()).as(s.body()).isEqualTo(200);
            etag = s.header("ETag").orElseThrow();
        }
        return new String[] {id, etag};
    }

    /** An object id for a target: made by {@code make} for OWN and OTHER, random for NONE. */
    private static String id(Target target, java.util.function.Supplier<String> make) {
        return target == Target.NONE ? UUID.randomUUID().toString() : make.get();
    }

    /** The partner a caller's OWN/OTHER target names: the Jawa Barat partner itself, or another province's. */
    private String partnerOf(Caller caller, Target target) {
        return target == Target.NONE ? UUID.randomUUID().toString() : partners.getOrDefault(province(caller, target),
                partners.get("32"));
    }

    /** An import job owned by the caller (OWN) or by someone else (OTHER). */
    private String importJob(Caller caller, Target target) {
        if (target == Target.NONE) {
            return UUID.randomUUID().toString();
        }
        Api owner = target == Target.OWN && caller != Caller.BANK ? apis.get(caller)
                : caller == Caller.HUB ? apis.get(Caller.PARTNER) : hub;
        String province = owner == hub ? "31" : "32";
        String csv = "nik,full_name,phone,kecamatan,business_name,sector,business_started_on,nib,registered_on,p2_on,p2_certificate,"
                + "p3_on,p4_on,p4_licence_type,p4_licence_number,p5_on,p6_on,p7_on,p7_reference\n"
                + Niks.random() + ",Dewi,081234567890," + KECAMATAN.get(province)
                + ",Toko,JASA,2017-01-01,,2018-09-10,,,,,,,,,,\n";
        Api.Response job = owner.postBytes("/api/v1/imports/members?fileName=f.csv", csv.getBytes(), "text/csv");
        assertThat(job.status()).as(job.body()).isEqualTo(202);
        return job.json().path("id").asText();
    }

    /** A webhook endpoint owned by the caller (OWN) or by someone else (OTHER); it points nowhere that answers. */
    /**
     * A possible duplicate open for review in the caller's province (OWN) or another (OTHER): two
     * people of one birth date in one kecamatan with names alike, registered by the hub.
     */
    private String pair(Caller caller, Target target) {
        if (target == Target.NONE) {
            return "999999999";
        }
        String kecamatan = KECAMATAN.get(province(caller, target));
        java.time.LocalDate born = java.time.LocalDate.of(1951, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(365 * 40));
        String area = kecamatan.replace(".", "");
        String name = People.name();
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            Api.Response made = hub.post("/api/v1/members", Bodies.member(kecamatan,
                    id.okoce.domain.testdata.Niks.nik(area, born, id.okoce.domain.identity.Sex.MALE, 10 + i), name + (i == 0 ? "" : "r"),
                    People.phone()));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            ids[i] = made.json().path("id").asText();
        }
        Api.Response open = hub.get("/api/v1/duplicates?member=" + ids[1]);
        assertThat(open.json().path("pairs")).as(open.body()).hasSize(1);
        return open.json().path("pairs").get(0).path("id").asText();
    }

    /** A scan the hub started (or the one running), once it has ended; its number. */
    private long scanDone() {
        Api.Response started = hub.post("/api/v1/duplicate-scans", "");
        long id = started.status() == 409 ? started.json().path("details").path("scanId").asLong()
                : started.json().path("id").asLong();
        assertThat(id).as(started.body()).isPositive();
        Network.scanEnded(hub, id);
        return id;
    }

    private String webhook(Caller caller, Target target) {
        if (target == Target.NONE) {
            return UUID.randomUUID().toString();
        }
        Api owner = target == Target.OWN && caller != Caller.BANK ? apis.get(caller)
                : caller == Caller.HUB ? apis.get(Caller.PARTNER) : hub;
        Api.Response made = owner.post("/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:9/hook\",\"types\":[\"product.ended\"]}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().path("id").asText();
    }

    /** A DKI member with P1–P6 done and a Bank DKI loan recorded: its id, ETag and the financing's id. */
    private String[] financedMember() {
        String[] m = member("31");
        for (String stage : List.of("P2", "P3", "P4", "P5", "P6")) {
            Api.Response done = Network.complete(hub, m[0], stage, "2018-10-2" + stage.charAt(1));
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            m[1] = done.header("ETag").orElseThrow();
        }
        Api.Response granted = hub.post("/api/v1/members/" + m[0] + "/financings", "{\"product\":\"bank-dki-kredit-monas-pemula-2018\","
                + "\"amount\":1000000,\"termMonths\":12,\"reference\":\"R-" + SERIAL.incrementAndGet() + "\",\"grantedOn\":\"2019-01-10\"}",
                "If-Match", m[1]);
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        return new String[] {m[0], granted.header("ETag").orElseThrow(), granted.json().path("id").asText()};
    }

    private static String product(String bank) {
        return """
                {"id":"fixture-%1$d","family":"fixture-%1$d","bank":"%2$s","name":"Kredit Uji","provinces":["31"],"minAmount":1,"maxAmount":10000000,
                 "requiredStages":["P1"],"acceptedLicences":[],"minBusinessAgeMonths":0,"minBorrowerAge":17,"maxTermMonths":12,
                 "validFrom":"2018-01-01"}""".formatted(SERIAL.incrementAndGet(), bank);
    }

    private static String agreement() {
        return "{\"counterpartyKind\":\"EDUCATION\",\"counterpartyName\":\"Universitas " + SERIAL.incrementAndGet()
                + "\",\"stages\":[\"P2\"],\"validFrom\":\"2018-10-01\"}";
    }

    private void put(String method, String path, Scope scope, int success, Maker maker) {
        fixtures.put(key(method, path), new Fixture(scope, success, maker));
    }

    private void define() {
        String members = "/api/v1/members";
        put("POST", members, Scope.AREA, 201, (c, t) -> new Call("POST", members,
                Bodies.member(KECAMATAN.get(province(c, t)))));
        put("GET", members, Scope.GLOBAL, 200, (c, t) -> new Call("GET", members + "?province=" + province(c, t) + "&limit=5"));
        put("GET", members + "/{id}", Scope.OBJECT, 200, (c, t) -> new Call("GET", members + "/"
                + id(t, () -> member(province(c, t))[0])));
        put("POST", members + "/{id}/stages", Scope.OBJECT, 200, (c, t) -> {
            String[] m = t == Target.NONE ? new String[] {UUID.randomUUID().toString(), "\"1\""} : member(province(c, t));
            return new Call("POST", members + "/" + m[0] + "/stages", Bodies.stage("P2", "2018-10-20"), "If-Match", m[1]);
        });
        put("GET", members + "/{id}/financing-eligibility", Scope.OBJECT, 200, (c, t) -> new Call("GET", members + "/"
                + id(t, () -> member(province(c, t))[0])
                + "/financing-eligibility?product=bank-dki-kredit-monas-pemula-2018&amount=1000000&on=2019-01-01"));
        put("POST", members + "/{id}/financings", Scope.OBJECT, 201, (c, t) -> {
            String[] m = t == Target.NONE ? new String[] {UUID.randomUUID().toString(), "\"1\""} : member("31");
            if (t != Target.NONE) {
                for (String stage : List.of("P2", "P3", "P4", "P5", "P6")) {
                    Api.Response done = Network.complete(hub, m[0], stage, "2018-10-2" + stage.charAt(1));
                    assertThat(done.status()).as(done.body()).isEqualTo(200);
                    m[1] = done.header("ETag").orElseThrow();
                }
            }
            return new Call("POST", members + "/" + m[0] + "/financings", "{\"product\":\"bank-dki-kredit-monas-pemula-2018\","
                    + "\"amount\":1000000,\"termMonths\":12,\"reference\":\"R-" + SERIAL.incrementAndGet() + "\",\"grantedOn\":\"2019-01-10\"}",
                    "If-Match", m[1]);
        });

        put("GET", members + "/{id}/financings", Scope.OBJECT, 200, (c, t) -> new Call("GET", members + "/"
                + id(t, () -> member(province(c, t))[0]) + "/financings"));
        put("GET", members + "/{id}/financings/{financingId}", Scope.OBJECT, 200, (c, t) -> {
            if (t == Target.NONE) {
                return new Call("GET", members + "/" + member("31")[0] + "/financings/" + UUID.randomUUID());
            }
            if (t == Target.OWN && c == Caller.PARTNER) {
                return null;
            }
            String[] financed = financedMember();
            return new Call("GET", members + "/" + financed[0] + "/financings/" + financed[2]);
        });

        put("GET", members + "/{id}/nik", Scope.OBJECT, 200, (c, t) -> new Call("GET", members + "/"
                + id(t, () -> member(province(c, t))[0]) + "/nik?purpose=checking%20a%20bank%20request"));
        put("PATCH", members + "/{id}", Scope.OBJECT, 200, (c, t) -> {
            String[] m = t == Target.NONE ? new String[] {UUID.randomUUID().toString(), "\"1\""} : member(province(c, t));
            return new Call("PATCH", members + "/" + m[0], "{\"fullName\":\"Siti Rahmah\",\"business\":{\"nib\":null}}",
                    "If-Match", m[1], "Content-Type", "application/merge-patch+json");
        });
        put("POST", members + "/{id}/stages/{stage}/withdrawal", Scope.OBJECT, 200, (c, t) -> {
            String[] m = t == Target.NONE ? new String[] {UUID.randomUUID().toString(), "\"1\""} : member(province(c, t));
            if (t != Target.NONE) {
                Api.Response done = Network.complete(hub, m[0], "P2", "2018-10-20");
                assertThat(done.status()).as(done.body()).isEqualTo(200);
                m[1] = done.header("ETag").orElseThrow();
            }
            return new Call("POST", members + "/" + m[0] + "/stages/P2/withdrawal", "{\"reason\":\"entered by mistake\"}",
                    "If-Match", m[1]);
        });
        put("GET", members + "/{id}/history", Scope.OBJECT, 200, (c, t) -> new Call("GET", members + "/"
                + id(t, () -> member(province(c, t))[0]) + "/history"));
        put("GET", members + "/{id}/processing-record", Scope.OBJECT, 200, (c, t) -> new Call("GET", members + "/"
                + id(t, () -> member(province(c, t))[0]) + "/processing-record"));
        put("GET", members + "/{id}/export", Scope.OBJECT, 200, (c, t) -> new Call("GET", members + "/"
                + id(t, () -> member(province(c, t))[0]) + "/export"));
        put("POST", members + "/{id}/erasure", Scope.OBJECT, 200, (c, t) -> {
            String[] m = t == Target.NONE ? new String[] {UUID.randomUUID().toString(), "\"1\""} : member(province(c, t));
            return new Call("POST", members + "/" + m[0] + "/erasure", "{\"ground\":\"PERSON_REQUEST\",\"note\":\"letter 1\"}",
                    "If-Match", m[1]);
        });

        String partnersPath = "/api/v1/partners";
        put("POST", partnersPath, Scope.GLOBAL, 201, (c, t) -> new Call("POST", partnersPath,
                Bodies.partner(province(c, t)).replace("Komunitas Wirausaha", "Komunitas " + SERIAL.incrementAndGet())));
        put("GET", partnersPath, Scope.GLOBAL, 200, (c, t) -> new Call("GET", partnersPath + "?province=" + province(c, t)));
        put("GET", partnersPath + "/{id}", Scope.OBJECT, 200, (c, t) -> new Call("GET", partnersPath + "/" + partnerOf(c, t)));
        put("POST", partnersPath + "/{id}/validation", Scope.OBJECT, 200, (c, t) -> {
            String[] p = t == Target.NONE ? new String[] {UUID.randomUUID().toString(), "*"} : partner(province(c, t), false, false);
            return new Call("POST", partnersPath + "/" + p[0] + "/validation", "{\"decision\":\"APPROVE\"}", "If-Match", p[1]);
        });
        put("POST", partnersPath + "/{id}/suspension", Scope.OBJECT, 200, (c, t) -> {
            String[] p = t == Target.NONE ? new String[] {UUID.randomUUID().toString(), "*"} : partner(province(c, t), true, false);
            return new Call("POST", partnersPath + "/" + p[0] + "/suspension", "{\"reason\":\"audit\"}", "If-Match", p[1]);
        });
        put("POST", partnersPath + "/{id}/reinstatement", Scope.OBJECT, 200, (c, t) -> {
            String[] p = t == Target.NONE ? new String[] {UUID.randomUUID().toString(), "*"} : partner(province(c, t), true, true);
            return new Call("POST", partnersPath + "/" + p[0] + "/reinstatement",
                    "{\"on\":\"" + java.time.LocalDate.now(id.okoce.application.OkoceCore.JAKARTA) + "\"}", "If-Match", p[1]);
        });
        put("POST", partnersPath + "/{id}/agreements", Scope.OBJECT, 201, (c, t) -> new Call("POST",
                partnersPath + "/" + partnerOf(c, t) + "/agreements", agreement()));
        put("GET", partnersPath + "/{id}/agreements", Scope.OBJECT, 200, (c, t) -> new Call("GET",
                partnersPath + "/" + partnerOf(c, t) + "/agreements"));
        put("GET", partnersPath + "/{id}/agreements/{agreementId}", Scope.OBJECT, 200, (c, t) -> {
            if (t == Target.NONE) {
                return new Call("GET", partnersPath + "/" + partners.get("32") + "/agreements/" + UUID.randomUUID());
            }
            String partner = partnerOf(c, t);
            Api.Response recorded = hub.post(partnersPath + "/" + partner + "/agreements", agreement());
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            return new Call("GET", recorded.header("Location").orElseThrow());
        });

        put("POST", "/api/v1/partner-applications", Scope.GLOBAL, 201, (c, t) -> new Call("POST", "/api/v1/partner-applications",
                Bodies.partner(province(c, t))));
        put("PATCH", partnersPath + "/{id}", Scope.OBJECT, 200, (c, t) -> {
            String partner = partnerOf(c, t);
            String etag = t == Target.NONE ? "\"1\"" : hub.get(partnersPath + "/" + partner).header("ETag").orElseThrow();
            return new Call("PATCH", partnersPath + "/" + partner, "{\"brand\":\"OK OCE " + SERIAL.incrementAndGet() + "\"}",
                    "If-Match", etag);
        });
        for (String change : List.of("end", "amendment")) {
            put("POST", partnersPath + "/{id}/agreements/{agreementId}/" + change, Scope.OBJECT, 200, (c, t) -> {
                String body = change.equals("end") ? "{\"validUntil\":\"2019-12-31\",\"reason\":\"selesai\"}"
                        : "{\"stages\":[\"P2\",\"P3\"],\"validFrom\":\"2018-10-01\",\"reason\":\"adendum\"}";
                if (t == Target.NONE) {
                    return new Call("POST", partnersPath + "/" + partners.get("32") + "/agreements/" + UUID.randomUUID() + "/"
                            + change, body);
                }
                String partner = partnerOf(c, t);
                Api.Response recorded = hub.post(partnersPath + "/" + partner + "/agreements", agreement());
                assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
                return new Call("POST", recorded.header("Location").orElseThrow() + "/" + change, body);
            });
        }

        put("POST", "/api/v1/financing-products", Scope.GLOBAL, 201, (c, t) -> new Call("POST", "/api/v1/financing-products",
                product("Bank DKI")));
        put("GET", "/api/v1/me", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/api/v1/me"));
        put("GET", "/api/v1/events", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/api/v1/events?limit=5"));
        put("GET", "/api/v1/financing-products", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/api/v1/financing-products"));
        put("GET", "/api/v1/financing-applicants", Scope.BANK_OWNED, 200, (c, t) -> {
            if (t == Target.NONE) {
                return new Call("GET", "/api/v1/financing-applicants?number=OKOCE-31-9999999");
            }
            Api.Response created = hub.post("/api/v1/members", Bodies.member(KECAMATAN.get(t == Target.OWN ? "31" : "32")));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            return new Call("GET", "/api/v1/financing-applicants?number=" + created.json().path("memberNumber").asText());
        });
        put("POST", "/api/v1/members/{id}/financing-refusals", Scope.OBJECT, 201, (c, t) -> new Call("POST",
                "/api/v1/members/" + id(t, () -> member("31")[0]) + "/financing-refusals",
                "{\"product\":\"bank-dki-kredit-monas-pemula-2018\",\"amount\":5000000,\"reason\":\"REPAYMENT_CAPACITY\","
                        + "\"decidedOn\":\"2019-01-10\"}"));
        put("GET", "/api/v1/members/{id}/financing-refusals", Scope.OBJECT, 200, (c, t) -> new Call("GET",
                "/api/v1/members/" + id(t, () -> member(province(c, t))[0]) + "/financing-refusals"));
        put("GET", "/api/v1/financings", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/api/v1/financings?limit=5"));
        put("POST", "/api/v1/financing-products/{id}/end", Scope.GLOBAL, 200, (c, t) -> {
            Api.Response defined = hub.post("/api/v1/financing-products", product("Bank DKI"));
            assertThat(defined.status()).as(defined.body()).isEqualTo(201);
            return new Call("POST", "/api/v1/financing-products/" + defined.json().path("id").asText() + "/end",
                    "{\"validUntil\":\"2020-12-31\",\"reason\":\"aturan baru\"}");
        });
        put("GET", "/api/v1/financing-products/{id}", Scope.BANK_OWNED, 200, (c, t) -> new Call("GET", "/api/v1/financing-products/"
                + (t == Target.NONE ? "no-such-product" : t == Target.OWN ? "bank-dki-kredit-monas-pemula-2018" : "kur-mikro-2023")));

        put("GET", "/api/v1/reports/members-by-province", Scope.GLOBAL, 200, (c, t) -> new Call("GET",
                "/api/v1/reports/members-by-province"));
        put("GET", "/api/v1/reports/stage-funnel", Scope.AREA, 200, (c, t) -> new Call("GET",
                "/api/v1/reports/stage-funnel?province=" + province(c, t)));
        put("GET", "/api/v1/reports/target-by-province", Scope.GLOBAL, 200, (c, t) -> new Call("GET",
                "/api/v1/reports/target-by-province?on=2019-01-01"));
        put("GET", "/api/v1/reports/monthly", Scope.AREA, 200, (c, t) -> new Call("GET",
                "/api/v1/reports/monthly?province=" + province(c, t)));
        put("GET", "/api/v1/reports/regions", Scope.AREA, 200, (c, t) -> new Call("GET",
                "/api/v1/reports/regions?province=" + province(c, t)));
        put("GET", "/api/v1/reports/members-by-sex-and-age", Scope.AREA, 200, (c, t) -> new Call("GET",
                "/api/v1/reports/members-by-sex-and-age?province=" + province(c, t)));
        put("GET", "/api/v1/reports/cohorts", Scope.AREA, 200, (c, t) -> new Call("GET",
                "/api/v1/reports/cohorts?from=2018-09&to=2019-08&within=90&province=" + province(c, t)));
        put("GET", "/api/v1/reports/partners", Scope.AREA, 200, (c, t) -> new Call("GET",
                "/api/v1/reports/partners?province=" + province(c, t)));
        put("GET", "/api/v1/reports/target", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/api/v1/reports/target?on=2019-01-01"));
        put("GET", "/api/v1/regions/provinces", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/api/v1/regions/provinces"));
        put("GET", "/api/v1/regions/coverage", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/api/v1/regions/coverage?on=2019-01-01"));

        put("POST", "/api/v1/tokens", Scope.GLOBAL, 201, (c, t) -> new Call("POST", "/api/v1/tokens",
                "{\"role\":\"PARTNER\",\"partnerId\":\"" + partners.get("32") + "\"}"));
        put("GET", "/api/v1/tokens/{id}", Scope.OBJECT, 200, (c, t) -> new Call("GET", "/api/v1/tokens/" + id(t, () ->
                hub.post("/api/v1/tokens", "{\"role\":\"BANK\",\"bank\":\"Bank Uji\"}").json().path("id").asText())));
        put("DELETE", "/api/v1/tokens/{id}", Scope.OBJECT, 204, (c, t) -> new Call("DELETE", "/api/v1/tokens/" + id(t, () ->
                hub.post("/api/v1/tokens", "{\"role\":\"BANK\",\"bank\":\"Bank Uji\"}").json().path("id").asText())));

        put("POST", "/api/v1/imports/members", Scope.GLOBAL, 202, (c, t) -> new Call("POST",
                "/api/v1/imports/members?mode=validate-only&fileName=kosong.csv", "", "Content-Type", "text/csv"));
        put("GET", "/api/v1/imports/{id}", Scope.OBJECT, 200, (c, t) -> new Call("GET", "/api/v1/imports/" + importJob(c, t)));
        put("GET", "/api/v1/imports/{id}/errors", Scope.OBJECT, 200, (c, t) -> new Call("GET",
                "/api/v1/imports/" + importJob(c, t) + "/errors"));

        String hooks = "/api/v1/webhooks";
        put("POST", hooks, Scope.GLOBAL, 201, (c, t) -> new Call("POST", hooks,
                "{\"url\":\"http://127.0.0.1:9/hook\",\"types\":[\"product.ended\"]}"));
        put("GET", hooks, Scope.GLOBAL, 200, (c, t) -> new Call("GET", hooks));
        put("GET", hooks + "/{id}", Scope.OBJECT, 200, (c, t) -> new Call("GET", hooks + "/" + webhook(c, t)));
        put("DELETE", hooks + "/{id}", Scope.OBJECT, 204, (c, t) -> new Call("DELETE", hooks + "/" + webhook(c, t)));
        put("POST", hooks + "/{id}/secret-rotation", Scope.OBJECT, 200, (c, t) -> new Call("POST",
                hooks + "/" + webhook(c, t) + "/secret-rotation"));
        put("GET", hooks + "/{id}/attempts", Scope.OBJECT, 200, (c, t) -> new Call("GET", hooks + "/" + webhook(c, t) + "/attempts"));
        put("POST", hooks + "/{id}/replay", Scope.OBJECT, 200, (c, t) -> new Call("POST", hooks + "/" + webhook(c, t) + "/replay",
                "{\"from\":\"2018-01-01T00:00:00Z\"}"));

        String pairs = "/api/v1/duplicates";
        put("GET", pairs, Scope.GLOBAL, 200, (c, t) -> new Call("GET", pairs + "?limit=5"));
        put("GET", pairs + "/{id}", Scope.OBJECT, 200, (c, t) -> new Call("GET", pairs + "/" + pair(c, t)));
        put("POST", pairs + "/{id}/resolution", Scope.OBJECT, 200, (c, t) -> new Call("POST", pairs + "/" + pair(c, t) + "/resolution",
                "{\"outcome\":\"DISTINCT\",\"reason\":\"dua orang\"}"));
        put("POST", pairs + "/{id}/merge", Scope.OBJECT, 200, (c, t) -> new Call("POST", pairs + "/" + pair(c, t) + "/merge",
                "{\"reason\":\"orang yang sama\"}"));

        String scans = "/api/v1/duplicate-scans";
        put("POST", scans, Scope.GLOBAL, 202, (c, t) -> {
            scanDone(); // one scan at a time: the one this call starts must not meet another
            return new Call("POST", scans);
        });
        put("GET", scans + "/{id}", Scope.GLOBAL, 200, (c, t) -> new Call("GET", scans + "/" + scanDone()));

        put("GET", "/health", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/health"));
        put("GET", "/metrics", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/metrics"));
        put("GET", "/openapi.json", Scope.GLOBAL, 200, (c, t) -> new Call("GET", "/openapi.json"));
    }
}
