package org.workingrecord.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: server push, the style sheets (screen and print) and the viewport for phones. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@StyleSheet("styles/print.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
