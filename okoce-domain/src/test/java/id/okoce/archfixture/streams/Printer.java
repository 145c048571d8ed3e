package id.okoce.archfixture.streams;

/** Breaks "no System.out". */
public class Printer {
    /** Prints to standard output. */
    public void print() {
        System.out.println("hello");
    }
}
