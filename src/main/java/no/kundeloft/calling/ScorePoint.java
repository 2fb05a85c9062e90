package no.kundeloft.calling;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A seller's reviewed calls in a month: how many, and their average score. */
public record ScorePoint(YearMonth month, long reviews, BigDecimal average) {}
