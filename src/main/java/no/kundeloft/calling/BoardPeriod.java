package no.kundeloft.calling;

/** The board's period: today, this week (Monday on), this month. */
public enum BoardPeriod {
    TODAY,
    WEEK,
    MONTH
}
