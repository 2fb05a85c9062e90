package no.kundeloft.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/**
 * Phone numbers and e-mail addresses as links that call or write ({@code tel:}, {@code mailto:});
 * empty for none.
 */
public final class ContactLinks {

    private ContactLinks() {}

    public static Component phone(String number) {
        return link("tel:", number == null ? null : number.replaceAll("[^+0-9]", ""), number);
    }

    public static Component email(String address) {
        return link("mailto:", address == null ? null : address.strip(), address);
    }

    private static Component link(String scheme, String target, String shown) {
        if (target == null || target.isBlank()) {
            return new Span();
        }
        Anchor link = new Anchor(scheme + target, shown.strip());
        link.addClassName("contact-link");
        return link;
    }
}
