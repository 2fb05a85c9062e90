/**
 * The application shell: the main layout with role-aware navigation and the user menu, the
 * not-found page, and applying the user's stored language. It knows every feature's views; no
 * feature knows it.
 */
package no.kundeloft.shell;
