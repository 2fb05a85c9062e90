/** The History section of the record pages, and the admins' history search and sign-in log. */
package no.kundeloft.history.ui;
