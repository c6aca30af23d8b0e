package org.workingrecord.gradebook.ui;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.workingrecord.attempt.WorkChanged;

/** Passes "a student saved" on to the teacher pages that are open, which then update by server push. */
@Component
class ProgressBroadcaster {

    private final Set<LongConsumer> listeners = new CopyOnWriteArraySet<>();

    Runnable register(LongConsumer listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void changed(WorkChanged event) {
        listeners.forEach(l -> l.accept(event.assignmentId()));
    }
}
