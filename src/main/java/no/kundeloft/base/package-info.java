/**
 * What every feature shares: the entity base class, the not-found answer, formatting and
 * translations.
 */
package no.kundeloft.base;
