package org.workingrecord.classroom.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** "Are you sure?" before something that cannot be undone: going back is the safe choice. */
final class Confirm {

    private Confirm() {
    }

    static void ask(String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(dialog.getTranslation("class.sure"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("work.confirm.cancel"));
        dialog.setConfirmText(dialog.getTranslation("class.yes"));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }
}
