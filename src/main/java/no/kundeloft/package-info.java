/** Kundeløft: a CRM for B2B sales organisations. Each sub-package is one feature. */
package no.kundeloft;
