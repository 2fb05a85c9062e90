/**
 * The new-sales pipeline: deals at customers and prospects, moved through stages kept by admins,
 * and the weighted pipeline that coverage and the forecast use. Deals are read within the current
 * user's record scope: those owned by someone in it and those at customers in it.
 */
package no.kundeloft.pipeline;
