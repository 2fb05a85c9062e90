/** The role-aware home page. */
package no.kundeloft.dashboard;
