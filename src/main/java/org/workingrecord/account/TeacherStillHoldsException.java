package org.workingrecord.account;

/** A teacher's account cannot be removed yet: they still own something (their classes, say) that needs them. */
public class TeacherStillHoldsException extends IllegalStateException {

    private final transient String reasonKey;
    private final int count;

    TeacherStillHoldsException(String reasonKey, int count) {
        super("this teacher still holds " + count + " (" + reasonKey + "): they must delete or hand them on first");
        this.reasonKey = reasonKey;
        this.count = count;
    }

    /** The translation key saying what is held; its {0} is {@link #count()}. */
    public String reasonKey() {
        return reasonKey;
    }

    public int count() {
        return count;
    }
}
