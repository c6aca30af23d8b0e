package org.workingrecord.attempt;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {
    Optional<Attempt> findByAssignmentIdAndStudentId(Long assignmentId, Long studentId);

    List<Attempt> findByStudentIdAndAssignmentIdIn(Long studentId, Collection<Long> assignmentIds);

    List<Attempt> findByAssignmentId(Long assignmentId);

    List<Attempt> findByAssignmentIdAndStudentIdIn(Long assignmentId, Collection<Long> studentIds);
}
