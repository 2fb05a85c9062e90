/** The attainment drill-down and the figures, tables and charts the home page reuses. */
package no.kundeloft.attainment.ui;
