/**
 * Customers, their contacts and ownership periods, always read within the current user's record
 * scope.
 */
package no.kundeloft.customer;
