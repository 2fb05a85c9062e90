/**
 * Revenue actuals per customer and month, classified as new sales or portfolio revenue and credited
 * to whoever owned the customer on the first day of the month.
 */
package no.kundeloft.revenue;
