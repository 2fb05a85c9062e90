package no.kundeloft.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.dashboard.ui.HomeView;

/** What a missing record, and equally a record outside the user's scope, shows. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this);
    }

    /**
     * The same page for a missing record, an unknown address and (in production) a page the user
     * may not open.
     */
    static int show(Div page) {
        page.removeAll();
        page.add(
                new H2(page.getTranslation("notFound.title")),
                new Paragraph(page.getTranslation("notFound.text")),
                new RouterLink(page.getTranslation("notFound.home"), HomeView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
