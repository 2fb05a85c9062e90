/**
 * {@code /stands}: the lead form at today's stand, the leads to follow up, and the leaders' stands,
 * routing and overdue leads.
 */
package no.kundeloft.stand.ui;
