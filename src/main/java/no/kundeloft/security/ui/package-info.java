/** The sign-in page. */
package no.kundeloft.security.ui;
