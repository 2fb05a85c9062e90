/** The user's own account (choosing a password) and the administration of people. */
package no.kundeloft.organisation.ui;
