/**
 * A large generated data set for measuring Kundeløft at the size of a 300-seller organisation:
 * filled into an empty database with JDBC batches, deterministic, placed relative to today
 * (decision 026).
 */
package no.kundeloft.dataset;
