package id.okoce.archfixture.appdep.app;

/** A class of the app module. */
public class Wiring {
}
