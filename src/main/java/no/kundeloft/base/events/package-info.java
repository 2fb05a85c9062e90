/**
 * Events every application node hears, over PostgreSQL's LISTEN/NOTIFY where there may be several.
 */
package no.kundeloft.base.events;
