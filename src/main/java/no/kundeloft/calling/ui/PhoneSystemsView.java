package no.kundeloft.calling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.ServerAddress;
import no.kundeloft.calling.PhoneCallService;
import no.kundeloft.calling.PhoneIntegrationRow;
import no.kundeloft.security.Roles;

/**
 * {@code /admin/phone-systems}: the phone systems that post calls and their recording links to
 * Kundeløft, each with a token of its own, shown once when added; revoked, it stops working at
 * once.
 */
@Route("admin/phone-systems")
@RolesAllowed(Roles.ADMIN)
public class PhoneSystemsView extends Div implements HasDynamicTitle {

    private final PhoneCallService calls;
    private final Grid<PhoneIntegrationRow> grid = new Grid<>();

    public PhoneSystemsView(PhoneCallService calls) {
        this.calls = calls;
        addClassName("admin-view");
        TextField name = new TextField(getTranslation("phoneSystems.name"));
        name.setId("phone-system-name");
        name.setMaxLength(100);
        Button add =
                new Button(
                        getTranslation("phoneSystems.add"),
                        e -> {
                            if (name.getValue().isBlank()) {
                                name.setErrorMessage(getTranslation("phoneSystems.nameRequired"));
                                name.setInvalid(true);
                                return;
                            }
                            String token = calls.add(name.getValue());
                            name.clear();
                            name.setInvalid(false);
                            showToken(token);
                            refresh();
                        });
        add.setId("phone-system-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(name, add);
        form.addClassName("phasing");
        grid.setId("phone-systems-grid");
        grid.addColumn(PhoneIntegrationRow::name)
                .setHeader(getTranslation("phoneSystems.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> when(p.createdAt()))
                .setHeader(getTranslation("phoneSystems.added"))
                .setAutoWidth(true);
        grid.addColumn(p -> when(p.lastUsedAt()))
                .setHeader(getTranslation("phoneSystems.lastUsed"))
                .setAutoWidth(true);
        grid.addComponentColumn(
                        p -> {
                            if (p.revokedAt() != null) {
                                return new Paragraph(
                                        getTranslation(
                                                "phoneSystems.revokedAt", when(p.revokedAt())));
                            }
                            Button revoke =
                                    new Button(
                                            getTranslation("phoneSystems.revoke"),
                                            e ->
                                                    Confirm.destructive(
                                                                    this,
                                                                    getTranslation(
                                                                            "phoneSystems.revokeTitle",
                                                                            p.name()),
                                                                    getTranslation(
                                                                            "phoneSystems.revokeText"),
                                                                    getTranslation(
                                                                            "phoneSystems.revoke"),
                                                                    () -> {
                                                                        calls.revoke(p.id());
                                                                        refresh();
                                                                    })
                                                            .open());
                            revoke.addThemeVariants(
                                    ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                            return revoke;
                        })
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("phoneSystems.none"));
        add(
                AdminTabs.of(this, "admin/phone-systems"),
                new H2(getTranslation("phoneSystems.title")),
                new Paragraph(getTranslation("phoneSystems.text")),
                form,
                grid);
        refresh();
    }

    private void showToken(String token) {
        Dialog dialog = new Dialog();
        dialog.setId("phone-system-token-dialog");
        dialog.setHeaderTitle(getTranslation("phoneSystems.tokenTitle"));
        TextField field = new TextField(getTranslation("phoneSystems.token"));
        field.setId("phone-system-token");
        field.setReadOnly(true);
        field.setWidthFull();
        field.setValue(token);
        Pre example =
                new Pre(
                        "POST "
                                + ServerAddress.base()
                                + "/api/phone/calls\nAuthorization: Bearer <token>\n"
                                + "Content-Type: application/json\n\n{\"caller\": \"emma.dahl@kundeloft.example\", \"number\": \"+47 951 49 129\",\n"
                                + " \"startedAt\": \"2026-12-02T09:15:00+01:00\", \"durationSeconds\": 240,\n"
                                + " \"recordingUrl\": \"https://phone.example/recordings/123.mp3\"}");
        dialog.add(new Paragraph(getTranslation("phoneSystems.tokenText")), field, example);
        dialog.setWidth("min(44rem, 100vw)");
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private String when(Instant at) {
        return at == null ? "" : Formats.dateTime(at, getLocale());
    }

    private void refresh() {
        grid.setItems(calls.integrations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("phoneSystems.title") + " – " + getTranslation("app.name");
    }
}
