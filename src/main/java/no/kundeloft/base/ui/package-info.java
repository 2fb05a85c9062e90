/** The main layout, navigation and the not-found page. */
package no.kundeloft.base.ui;
