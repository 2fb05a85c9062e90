package no.kundeloft.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An address no page has, and in production mode also a page the user's role may not open (Vaadin
 * reports both as not found, so nobody learns which pages exist): the app's own "not found" page
 * inside the menu, instead of Vaadin's bare "Could not navigate".
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnknownAddressView extends Div implements HasErrorParameter<NotFoundException> {

    public UnknownAddressView() {
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return NotFoundView.show(this);
    }
}
