package no.kundeloft.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.RouterLink;

/** The two halves of the administration: people, and the organisation. */
final class AdminTabs {

    private AdminTabs() {
    }

    static Nav of(Component current) {
        RouterLink people = new RouterLink(current.getTranslation("admin.people"), AdminView.class);
        RouterLink organisation = new RouterLink(current.getTranslation("orgadmin.title"), OrganisationAdminView.class);
        (current instanceof OrganisationAdminView ? organisation : people).addClassName("current");
        // The catalogue belongs to account plans; linked by its address so administration need not know plans.
        Anchor offerings = new Anchor("admin/offerings",
                current.getTranslation("offerings.title"));
        Nav nav = new Nav(people, organisation, offerings);
        nav.addClassName("admin-tabs");
        return nav;
    }
}
