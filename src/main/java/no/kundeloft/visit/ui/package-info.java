/** The visit calendar, the visit page, the planning dialog and the notification bell. */
package no.kundeloft.visit.ui;
