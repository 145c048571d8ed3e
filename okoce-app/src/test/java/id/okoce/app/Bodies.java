package id.okoce.app;

import id.okoce.domain.testdata.Niks;

/** JSON bodies for the API tests. */
final class Bodies {

    private Bodies() {
    }

    /** A member registration in {@code kecamatan} with a random NIK. */
    static String member(String kecamatan) {
        return member(kecamatan, Niks.random());
    }

    /**
     * A member registration with the given NIK, a name and a phone of its own: two registrations made
     * here are two people to the duplicate check (a name and phone shared with a NIK alike would be a
     * likely duplicate, refused with POSSIBLE_DUPLICATE).
     */
    static String member(String kecamatan, String nik) {
        return member(kecamatan, nik, People.name(), People.phone());
    }

    /** A member registration with the given NIK, name and phone. */
    static String member(String kecamatan, String nik, String fullName, String phone) {
        return """
                {"nik":"%s","fullName":"%s","phone":"%s","kecamatan":"%s","registeredOn":"2018-09-10",
                 "business":{"name":"Warung Siti","sector":"KULINER","startedOn":"2017-03-01","nib":null}}"""
                .formatted(nik, fullName, phone, kecamatan);
    }

    private static final java.util.concurrent.atomic.AtomicInteger PARTNERS = new java.util.concurrent.atomic.AtomicInteger();

    /** A partner registration, under a name no other registration of the test run has (names are unique per province). */
    static String partner(String province) {
        return """
                {"name":"Komunitas Wirausaha %s-%d","brand":"OK OCE Asyik","province":"%s",
                 "contact":{"email":"halo@example.org","phone":"081234567890"},"registeredOn":"2018-09-01"}"""
                .formatted(province, PARTNERS.incrementAndGet(),
                province);
    }

    /** A stage completion with valid evidence for any stage. */
    static String stage(String code, String on) {
        String evidence = switch (code) {
            case "P2" -> "{\"certificateNumber\":\"SERT-" + on + "\"}";
            case "P4" -> "{\"licenceType\":\"NIB\",\"licenceNumber\":\"9120001234567\"}";
            case "P7" -> "{\"financingReference\":\"REF-1\"}";
            default -> "{\"note\":\"selesai\"}";
        };
        return "{\"stage\":\"" + code + "\",\"completedOn\":\"" + on + "\",\"evidence\":" + evidence + "}";
    }
}
