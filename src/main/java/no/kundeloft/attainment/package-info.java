/**
 * Attainment and growth for any part of the organisation and any period: revenue against the phased
 * budget, for portfolio and new sales separately, against the same months last year, with a
 * full-year forecast; and the drill-down from division to customer.
 */
package no.kundeloft.attainment;
