/** Classes that break one adapter or wiring rule each, so the architecture test can show each rule bites. */
package id.okoce.archfixture;
