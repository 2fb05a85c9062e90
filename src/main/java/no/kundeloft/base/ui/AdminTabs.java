package no.kundeloft.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.List;

/**
 * The parts of the administration: people, the organisation, the offering catalogue, the pipeline's
 * stages, the call scorecard, the phone systems, the change history and the sign-in log. Linked by
 * address, because each part belongs to its own feature.
 */
public final class AdminTabs {

    private static final List<String[]> TABS =
            List.of(
                    new String[] {"admin", "admin.people"},
                    new String[] {"admin/organisation", "orgadmin.title"},
                    new String[] {"admin/offerings", "offerings.title"},
                    new String[] {"admin/stages", "stages.title"},
                    new String[] {"admin/scorecard", "scorecard.title"},
                    new String[] {"admin/phone-systems", "phoneSystems.title"},
                    new String[] {"admin/history", "history.search.title"},
                    new String[] {"admin/sign-ins", "signins.title"});

    private AdminTabs() {}

    /**
     * The tabs with {@code currentAddress} (one of the addresses above) marked as the current one.
     */
    public static Nav of(Component current, String currentAddress) {
        Nav nav = new Nav();
        for (String[] tab : TABS) {
            Anchor link = new Anchor(tab[0], current.getTranslation(tab[1]));
            if (tab[0].equals(currentAddress)) {
                link.addClassName("current");
            }
            nav.add(link);
        }
        nav.addClassName("admin-tabs");
        return nav;
    }
}
