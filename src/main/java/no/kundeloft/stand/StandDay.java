package no.kundeloft.stand;

import java.time.LocalDate;

/**
 * A stand's day: leads taken, how many were contacted since, and how many led to a meeting booked
 * or an order.
 */
public record StandDay(LocalDate day, long leads, long contacted, long meetings, long orders) {}
