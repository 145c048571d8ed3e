/** Classes that break one application rule each, so the architecture test can show each rule bites. */
package id.okoce.archfixture;
