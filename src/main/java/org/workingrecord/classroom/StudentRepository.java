package org.workingrecord.classroom;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudentRepository extends JpaRepository<Student, Long> {
    Optional<Student> findByResumeCodeHash(String hash);

    boolean existsByClassIdAndNameKey(Long classId, String nameKey);

    List<Student> findByClassIdOrderByNameKey(Long classId);
}
