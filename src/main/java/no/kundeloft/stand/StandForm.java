package no.kundeloft.stand;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A stand to set up: which team, where, from and to which day, who works it. */
public record StandForm(
        @NotNull Long teamId,
        @NotBlank @Size(max = 200) String place,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        Set<Long> sellerIds) {

    public StandForm {
        sellerIds = sellerIds == null ? Set.of() : Set.copyOf(sellerIds);
    }
}
