package no.kundeloft.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.notification.NotificationBroadcaster;
import no.kundeloft.notification.NotificationService;
import no.kundeloft.notification.ui.NotificationBell;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.organisation.ui.ChangePasswordView;
import no.kundeloft.search.SearchService;
import no.kundeloft.search.ui.SearchDialog;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;

/**
 * The frame around every signed-in page: side navigation with what the user's role may open, and a
 * header with the page title and the user menu (language, sign out).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 pageTitle = new H1();
    private final AccessAnnotationChecker accessChecker;
    private NotificationBell bell;

    public MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authenticationContext,
            OrganisationService organisation,
            AccessAnnotationChecker accessChecker,
            NotificationService notifications,
            NotificationBroadcaster broadcaster,
            SearchService search) {
        this.accessChecker = accessChecker;
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        SideNav nav = navigation();
        Div drawer = new Div(brand, nav);
        drawer.addClassName("drawer-content");
        addToDrawer(drawer);

        pageTitle.addClassName("page-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(toggle, pageTitle, spacer);
        currentUser
                .get()
                .ifPresent(
                        user -> {
                            addToNavbar(searchButton(search));
                            if (user.role() != SalesRole.ADMIN) {
                                bell =
                                        new NotificationBell(
                                                notifications, broadcaster, user.employeeId());
                                addToNavbar(bell);
                            }
                            addToNavbar(userMenu(user, authenticationContext, organisation));
                        });
    }

    /** The search in the header, also opened with Ctrl+K (⌘K on a Mac) from anywhere. */
    private Component searchButton(SearchService search) {
        Button open =
                new Button(
                        getTranslation("search.open"),
                        VaadinIcon.SEARCH.create(),
                        e -> new SearchDialog(search).open());
        open.setId("search-open");
        open.addClassName("search-open");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setTooltipText(getTranslation("search.shortcut"));
        Shortcuts.addShortcutListener(
                this, () -> new SearchDialog(search).open(), Key.KEY_K, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(
                this, () -> new SearchDialog(search).open(), Key.KEY_K, KeyModifier.META);
        return open;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (NavigationEntry entry : NavigationEntry.values()) {
            if (accessChecker.hasAccess(entry.view(), VaadinServletRequest.getCurrent())) {
                nav.addItem(
                        new SideNavItem(
                                getTranslation(entry.titleKey()),
                                entry.view(),
                                entry.icon().create()));
            }
        }
        return nav;
    }

    private Component userMenu(
            KundeloftUser user,
            AuthenticationContext authenticationContext,
            OrganisationService organisation) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");

        Avatar avatar = new Avatar(user.fullName());
        avatar.addClassName("user-avatar");
        Span name = new Span(user.fullName());
        name.addClassName("user-name");
        Span role = new Span(getTranslation("role." + user.role().name()));
        role.addClassName("user-role");
        Div who = new Div(name, role);
        who.addClassName("user-who");
        MenuItem root = menu.addItem(new Div(avatar, who));
        root.setAriaLabel(getTranslation("user.menu"));

        SubMenu sub = root.getSubMenu();
        SubMenu language = sub.addItem(getTranslation("user.language")).getSubMenu();
        for (Locale locale : Translations.LOCALES) {
            MenuItem item =
                    language.addItem(
                            getTranslation("language." + locale.getLanguage()),
                            e -> {
                                organisation.changePreferredLanguage(locale.getLanguage());
                                VaadinSession.getCurrent().setLocale(locale);
                                getUI().ifPresent(ui -> ui.getPage().reload());
                            });
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        sub.addItem(
                getTranslation("password.title"),
                e -> getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        sub.addItem(getTranslation("user.signOut"), e -> authenticationContext.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title =
                getContent() instanceof HasDynamicTitle titled
                        ? titled.getPageTitle()
                        : getTranslation("app.name");
        pageTitle.setText(title.replace(" – " + getTranslation("app.name"), ""));
        if (bell != null) {
            bell.refresh();
        }
    }
}
