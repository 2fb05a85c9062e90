package no.kundeloft.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.FormRules;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.customer.CustomerDetails.ContactItem;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.OwnerOption;
import no.kundeloft.customer.ui.NewCustomerDialog;
import no.kundeloft.visit.HostOption;
import no.kundeloft.visit.VideoLinks;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitForm;
import no.kundeloft.visit.VisitMode;
import no.kundeloft.visit.VisitQueries;
import no.kundeloft.visit.VisitService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Plans a new visit or changes one: customer, host, time and duration, how, purpose, agenda, which
 * of the customer's contacts attend; a meeting booker also writes down the need they clarified.
 */
class VisitDialog extends Dialog {

    /** What a new visit starts from: a time, and the customer when it is planned from one. */
    record Preset(LocalDateTime start, Long customerId, String customerName) {
        static final Preset NONE = new Preset(null, null, null);
    }

    private final VisitService visits;
    private final VisitQueries queries;
    private final CustomerService customers;
    private final VisitDetails existing;
    private final boolean booker;
    private final Binder<VisitForm> binder = new Binder<>(VisitForm.class);
    private final ComboBox<CustomerListItem> customer = new ComboBox<>();
    private final MultiSelectComboBox<ContactItem> contacts = new MultiSelectComboBox<>();
    private final Consumer<VisitDetails> saved;
    private Long fixedCustomerId;

    /** The services the dialog reads and saves through. */
    record Services(VisitService visits, VisitQueries queries, CustomerService customers) {}

    /**
     * How the dialog was opened: its title, the visit it changes (none for a new one), what a new
     * one starts from, who opened it and whether as a meeting booker.
     */
    record Opening(
            String titleKey, VisitDetails existing, Preset preset, Long myId, boolean booker) {}

    /** Opened through {@link VisitDialogs}, which names the cases. */
    VisitDialog(Services services, Opening opening, Consumer<VisitDetails> saved) {
        this.visits = services.visits();
        this.queries = services.queries();
        this.customers = services.customers();
        this.existing = opening.existing();
        this.booker = opening.booker();
        this.saved = saved;
        String titleKey = opening.titleKey();
        Preset preset = opening.preset();
        Long myId = opening.myId();
        LocalDateTime start = preset.start();
        Long presetCustomerId = preset.customerId();
        String presetCustomerName = preset.customerName();
        setId("visit-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("min(44rem, 100vw)");

        customer.setLabel(getTranslation("visit.customer"));
        customer.setId("visit-customer");
        customer.setItemLabelGenerator(CustomerListItem::name);
        customer.setItems(
                query ->
                        customers
                                .list(
                                        CustomerFilter.text(query.getFilter().orElse("")),
                                        PageRequest.of(
                                                query.getPage(),
                                                query.getPageSize(),
                                                Sort.by("name")))
                                .stream());
        customer.addValueChangeListener(
                e -> showContactsOf(e.getValue() == null ? null : e.getValue().id()));
        boolean fixedCustomer = existing != null || presetCustomerId != null;
        this.fixedCustomerId = existing != null ? existing.item().customerId() : presetCustomerId;
        if (!fixedCustomer) {
            binder.forField(customer)
                    .asRequired(getTranslation("visit.customerRequired"))
                    .bind(
                            form -> null,
                            (form, item) -> form.setCustomerId(item == null ? null : item.id()));
        }
        TextField customerName = new TextField(getTranslation("visit.customer"));
        customerName.setId("visit-customer-name");
        customerName.setReadOnly(true);

        Select<HostOption> host = new Select<>();
        host.setLabel(getTranslation("visit.host"));
        host.setId("visit-host");
        List<HostOption> hosts = queries.possibleHosts();
        host.setItems(hosts);
        host.setItemLabelGenerator(h -> h.fullName() + " (" + h.teamName() + ")");
        binder.forField(host)
                .asRequired(getTranslation("visit.hostRequired"))
                .bind(
                        form ->
                                hosts.stream()
                                        .filter(h -> h.id().equals(form.getHostId()))
                                        .findFirst()
                                        .orElse(null),
                        (form, option) -> form.setHostId(option == null ? null : option.id()));

        DateTimePicker when = new DateTimePicker(getTranslation("visit.start"));
        when.setId("visit-start");
        when.setStep(java.time.Duration.ofMinutes(15));
        binder.forField(when)
                .asRequired(getTranslation("visit.startRequired"))
                .withValidator(FormRules.field(VisitForm.class, "start"))
                .bind(VisitForm::getStart, VisitForm::setStart);

        Select<Integer> duration = new Select<>();
        duration.setLabel(getTranslation("visit.duration"));
        duration.setId("visit-duration");
        duration.setItems(30, 45, 60, 90, 120, 180, 240);
        duration.setItemLabelGenerator(minutes -> getTranslation("visit.minutes", minutes));
        binder.forField(duration)
                .withValidator(FormRules.field(VisitForm.class, "durationMinutes"))
                .bind(
                        VisitForm::getDurationMinutes,
                        (form, minutes) -> form.setDurationMinutes(minutes == null ? 60 : minutes));

        Select<VisitMode> mode = new Select<>();
        mode.setLabel(getTranslation("visit.mode"));
        mode.setId("visit-mode");
        mode.setItems(VisitMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("visit.mode." + m.name()));
        binder.forField(mode)
                .asRequired()
                .withValidator(FormRules.field(VisitForm.class, "mode"))
                .bind(VisitForm::getMode, VisitForm::setMode);

        TextField location = new TextField(getTranslation("visit.location"));
        location.setId("visit-location");
        location.setMaxLength(300);
        binder.forField(location)
                .withValidator(FormRules.field(VisitForm.class, "location"))
                .bind(VisitForm::getLocation, VisitForm::setLocation);
        TextField link = new TextField(getTranslation("visit.videoLink"));
        link.setId("visit-link");
        link.setMaxLength(500);
        binder.forField(link)
                .withValidator(VideoLinks::isSafe, getTranslation("visit.link.invalid"))
                .withValidator(FormRules.field(VisitForm.class, "videoLink"))
                .bind(VisitForm::getVideoLink, VisitForm::setVideoLink);
        mode.addValueChangeListener(
                e -> {
                    location.setVisible(e.getValue() == VisitMode.ON_SITE);
                    link.setVisible(e.getValue() == VisitMode.VIDEO);
                });

        TextField purpose = new TextField(getTranslation("visit.purpose"));
        purpose.setId("visit-purpose");
        purpose.setMaxLength(300);
        binder.forField(purpose)
                .asRequired(getTranslation("visit.purposeRequired"))
                .withValidator(FormRules.field(VisitForm.class, "purpose"))
                .bind(VisitForm::getPurpose, VisitForm::setPurpose);
        TextArea agenda = new TextArea(getTranslation("visit.agenda"));
        agenda.setId("visit-agenda");
        agenda.setMaxLength(4000);
        binder.forField(agenda)
                .withValidator(FormRules.field(VisitForm.class, "agenda"))
                .bind(VisitForm::getAgenda, VisitForm::setAgenda);

        contacts.setLabel(getTranslation("visit.contacts"));
        contacts.setId("visit-contacts");
        contacts.setItemLabelGenerator(
                c -> c.title() == null ? c.fullName() : c.fullName() + ", " + c.title());

        Button newProspect =
                new Button(
                        getTranslation("newCustomer.prospect"),
                        e ->
                                new NewCustomerDialog(
                                                customers,
                                                hosts.stream()
                                                        .map(
                                                                h ->
                                                                        new OwnerOption(
                                                                                h.id(),
                                                                                h.fullName()))
                                                        .toList(),
                                                host.getValue() == null
                                                        ? null
                                                        : new OwnerOption(
                                                                host.getValue().id(),
                                                                host.getValue().fullName()),
                                                created -> {
                                                    fixedCustomerId = created.id();
                                                    binder.removeBinding(customer);
                                                    customer.setVisible(false);
                                                    customerName.setValue(created.name());
                                                    customerName.setVisible(true);
                                                    showContactsOf(created.id());
                                                })
                                        .open());
        newProspect.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        newProspect.setId("visit-new-prospect");
        newProspect.setVisible(!fixedCustomer);
        customer.setVisible(!fixedCustomer);
        customerName.setVisible(fixedCustomer);
        FormLayout layout =
                new FormLayout(
                        customer,
                        customerName,
                        newProspect,
                        host,
                        when,
                        duration,
                        mode,
                        location,
                        link,
                        purpose,
                        agenda,
                        contacts);
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        layout.setColspan(purpose, 2);
        layout.setColspan(agenda, 2);
        layout.setColspan(contacts, 2);
        if (booker || existing == null && hosts.size() > 1) {
            FreeTimePanel freeTime = new FreeTimePanel(queries::week, when::setValue);
            Runnable showWeek =
                    () ->
                            freeTime.show(
                                    host.getValue() == null ? null : host.getValue().id(),
                                    host.getValue() == null ? null : host.getValue().fullName(),
                                    when.getValue() == null
                                            ? queries.today()
                                            : when.getValue().toLocalDate(),
                                    duration.getValue());
            host.addValueChangeListener(e -> showWeek.run());
            duration.addValueChangeListener(e -> showWeek.run());
            when.addValueChangeListener(
                    e -> {
                        if (e.isFromClient()) {
                            showWeek.run();
                        }
                    });
            layout.add(freeTime);
            layout.setColspan(freeTime, 2);
            addOpenedChangeListener(
                    e -> {
                        if (e.isOpened()) {
                            showWeek.run();
                        }
                    });
        }
        if (booker) {
            TextArea need = new TextArea(getTranslation("visit.need"));
            need.setId("visit-need");
            need.setMaxLength(2000);
            binder.forField(need)
                    .asRequired(getTranslation("visit.needRequired"))
                    .withValidator(FormRules.field(VisitForm.class, "need"))
                    .bind(VisitForm::getNeed, VisitForm::setNeed);
            layout.add(need);
            layout.setColspan(need, 2);
        }
        add(layout);

        VisitForm form = new VisitForm();
        if (existing != null) {
            form.setHostId(existing.item().hostId());
            form.setStart(LocalDateTime.ofInstant(existing.item().startsAt(), Formats.ZONE));
            form.setDurationMinutes(
                    (int)
                            java.time.Duration.between(
                                            existing.item().startsAt(), existing.item().endsAt())
                                    .toMinutes());
            form.setMode(existing.item().mode());
            form.setLocation(existing.location());
            form.setVideoLink(existing.videoLink());
            form.setPurpose(existing.item().purpose());
            form.setAgenda(existing.agenda());
            form.setVersion(existing.version());
        } else {
            form.setStart(start);
            if (hosts.size() == 1) {
                form.setHostId(hosts.getFirst().id());
            } else if (hosts.stream().anyMatch(h -> h.id().equals(myId))) {
                form.setHostId(myId);
            }
        }
        binder.readBean(form);
        if (!duration.getListDataView().contains(form.getDurationMinutes())) {
            duration.setValue(60);
        }
        location.setVisible(mode.getValue() == VisitMode.ON_SITE);
        link.setVisible(mode.getValue() == VisitMode.VIDEO);
        if (existing != null) {
            customerName.setValue(existing.item().customerName());
            showContactsOf(existing.item().customerId());
            Set<Long> attending =
                    existing.contacts().stream()
                            .map(VisitDetails.Attendee::contactId)
                            .collect(Collectors.toSet());
            contacts.setValue(
                    contacts.getListDataView()
                            .getItems()
                            .filter(c -> attending.contains(c.id()))
                            .collect(Collectors.toSet()));
        } else if (presetCustomerId != null) {
            customerName.setValue(presetCustomerName);
            showContactsOf(presetCustomerId);
        }

        Button save =
                new Button(
                        getTranslation(
                                existing != null
                                        ? "common.save"
                                        : booker ? "visit.book" : "visit.plan"),
                        e -> save(form));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("visit-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void showContactsOf(Long customerId) {
        contacts.clear();
        contacts.setItems(customerId == null ? List.of() : customers.get(customerId).contacts());
    }

    private void save(VisitForm form) {
        try {
            binder.writeBean(form);
        } catch (ValidationException e) {
            return;
        }
        if (fixedCustomerId != null) {
            form.setCustomerId(fixedCustomerId);
        }
        form.setContactIds(
                contacts.getValue().stream().map(ContactItem::id).collect(Collectors.toSet()));
        try {
            VisitDetails result =
                    existing == null
                            ? visits.plan(form)
                            : visits.update(existing.item().id(), form);
            close();
            saved.accept(result);
        } catch (RefusedException e) {
            Refusals.show(this, e);
        }
    }
}
