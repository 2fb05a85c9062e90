/**
 * Customer visits: planned by sellers, booked by meeting bookers, scheduled or joined by directors,
 * with internal participants, double-booking checks, reports with follow-ups and in-app
 * notifications.
 */
package no.kundeloft.visit;
