package org.workingrecord.lesson;

import java.util.List;
import java.util.Optional;

/**
 * Lessons teachers write in the app, served beside the shipped ones. Each saved version is known by a key,
 * {@code <id>@<version>} ("council-vote@3"), which assignments keep: a version never changes.
 */
public interface TeacherLessons {

    /** The separator between a teacher's lesson id and its version in a key. */
    char VERSION_MARK = '@';

    /** A saved version of a teacher's lesson that loads, by its key; empty when there is none (or it was removed). */
    Optional<LoadedLesson> lesson(String key);

    /** Whether this teacher may try the version: any version of their own lesson, a published one of a shared lesson. */
    boolean previewableBy(long teacherId, String key);

    /** Whether this teacher may assign the version: it is published, and the lesson theirs or shared. */
    boolean assignableBy(long teacherId, String key);

    /** The key's lesson's newest published version, when it is newer than the key's and this teacher may assign it. */
    Optional<LoadedLesson> newerThan(long teacherId, String key);

    /** The newest published version of each teacher's lesson this teacher may assign (their own, and shared ones). */
    List<LoadedLesson> newestAssignable(long teacherId);
}
