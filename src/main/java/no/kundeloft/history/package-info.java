/**
 * Change history: every version of an audited record (Hibernate Envers), who saved it and when,
 * read back as field changes for a record's History tab and the admins' history search.
 */
package no.kundeloft.history;
