package org.workingrecord.account;

/**
 * What a teacher still holds in one feature, asked before their account is removed. A feature that keeps
 * teachers' data (classes, their students' work) offers one bean of this type; {@link AccountService#removeTeacher}
 * asks every one and refuses while any answers more than zero, so the rule is a plain call that can be read and
 * tested, not an exception from an event listener.
 */
public interface TeacherHoldings {

    /** How many things of this kind the teacher still owns; 0 means nothing here stops the removal. */
    int heldBy(long teacherId);

    /** The translation key that says what is held, with the count as {0} (a choice format for plurals). */
    String reasonKey();
}
