package no.kundeloft.attainment.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import no.kundeloft.base.ui.SharedComponent;

/**
 * What a feature built on this one adds to a team's page of the drill-down (the telesales team's
 * calls), if anything.
 */
@SharedComponent
public interface AttainmentTeamSection {

    Optional<Component> forTeam(Long teamId);
}
