package id.okoce.app;

/** The version of this build, from the jar's manifest (or "dev" when run from classes). */
final class Version {

    private Version() {
    }

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
