/** User-interface parts every feature may use: the chart component. */
package no.kundeloft.base.ui;
