/** The home page view. */
package no.kundeloft.dashboard.ui;
