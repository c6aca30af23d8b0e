package org.workingrecord.shell;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Tells browsers and screen readers the page language, so text is read with the right voice. */
@Component
class HtmlLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().getPage()
                .executeJs("document.documentElement.lang = $0", e.getUI().getLocale().getLanguage()));
    }
}
