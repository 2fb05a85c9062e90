/** What every feature shares: the entity base class, formatting, translations and the main layout. */
package no.kundeloft.base;
