/**
 * Reading and writing tables in the files people bring from other systems: CSV (any of the usual
 * separators and encodings) and Excel (.xlsx). It knows nothing about customers; features map the
 * columns themselves.
 */
package no.kundeloft.importing;
