package no.kundeloft.calling;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Daily activity targets per seller (or what was done against them). */
public record Targets(
        @Min(0) @Max(1000) int calls,
        @Min(0) @Max(1000) int conversations,
        @Min(0) @Max(100) int meetings,
        @Min(0) @Max(100) int orders) {

    /** Where a team has set none: a usual day on the phone. */
    public static final Targets USUAL = new Targets(60, 15, 2, 1);

    public Targets times(int days) {
        return new Targets(calls * days, conversations * days, meetings * days, orders * days);
    }
}
