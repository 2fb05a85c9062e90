/**
 * Global search and recent items: customers, contacts, people, visits and deals found as one types,
 * within the user's record scope, and the records the user opened last.
 */
package no.kundeloft.search;
