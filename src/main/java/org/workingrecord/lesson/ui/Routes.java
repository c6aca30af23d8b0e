package org.workingrecord.lesson.ui;

/** Paths of the lesson pages, in one place. */
final class Routes {

    private Routes() {
    }

    static String lesson(String id) {
        return "lessons/" + id;
    }

    static String reader(String id) {
        return "lessons/" + id + "/source";
    }
}
