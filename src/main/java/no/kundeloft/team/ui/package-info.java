/** The team page view. */
package no.kundeloft.team.ui;
