/** The user's own account: choosing a password. */
package no.kundeloft.organisation.ui;
