package id.okoce.domain.identity;

/** Sex as encoded in a NIK (jenis kelamin): women have 40 added to the day of birth. */
public enum Sex {
    /** Laki-laki. */
    MALE,
    /** Perempuan. */
    FEMALE
}
