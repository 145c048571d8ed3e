/** The event feed's route. */
package id.okoce.adapter.http.event;
