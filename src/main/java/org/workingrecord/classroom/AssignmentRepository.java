package org.workingrecord.classroom;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {
    List<Assignment> findByClassIdAndWithdrawnFalseOrderByIdDesc(Long classId);

    List<Assignment> findByClassIdOrderByIdDesc(Long classId);

    boolean existsByLessonIdStartingWith(String prefix);
}
