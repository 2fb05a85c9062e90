/** The customer list and customer page. */
package no.kundeloft.customer.ui;
