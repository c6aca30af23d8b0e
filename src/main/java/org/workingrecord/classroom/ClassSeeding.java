package org.workingrecord.classroom;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes with a chosen join code, for demo mode only, so a newcomer can type the code the README prints.
 * Every class a teacher makes gets a random code from {@link ClassroomService}; the architecture test
 * allows only the demo feature to call this.
 */
@Service
public class ClassSeeding {

    private final SchoolClassRepository classes;
    private final Clock clock;

    ClassSeeding(SchoolClassRepository classes, Clock clock) {
        this.classes = classes;
        this.clock = clock;
    }

    /** The class with this join code, if any. */
    @Transactional(readOnly = true)
    public Optional<ClassInfo> classWithCode(String code) {
        return classes.findByJoinCode(Codes.normalize(code)).map(ClassroomService::info);
    }

    /** A class of this teacher with this code; refused if the code is malformed or taken. */
    @Transactional
    public ClassInfo createClassWithCode(long teacherId, String name, String code) {
        String normalized = Codes.normalize(code);
        if (!Codes.wellFormed(normalized) || classes.existsByJoinCode(normalized)) {
            throw new IllegalArgumentException("join code " + code + " is malformed or taken");
        }
        return ClassroomService.info(classes.save(
                new SchoolClass(ClassroomService.checkName(name), normalized, teacherId, clock.instant())));
    }
}
