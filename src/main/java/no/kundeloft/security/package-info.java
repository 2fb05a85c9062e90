/** Sign-in, roles and the current user; the login view. */
package no.kundeloft.security;
