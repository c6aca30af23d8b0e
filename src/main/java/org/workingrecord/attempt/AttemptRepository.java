package org.workingrecord.attempt;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttemptRepository extends JpaRepository<Attempt, Long> {
    Optional<Attempt> findByAssignmentIdAndStudentId(Long assignmentId, Long studentId);

    List<Attempt> findByStudentIdAndAssignmentIdIn(Long studentId, Collection<Long> assignmentIds);

    List<Attempt> findByAssignmentId(Long assignmentId);

    List<Attempt> findByAssignmentIdAndStudentIdIn(Long assignmentId, Collection<Long> studentIds);

    /** Where the student is in the lesson: one statement, and only their own attempt can match. */
    @Modifying
    @Query("update Attempt a set a.positionStep = :step, a.positionPart = :part"
            + " where a.assignmentId = :assignmentId and a.studentId = :studentId")
    int moveTo(@Param("assignmentId") Long assignmentId, @Param("studentId") Long studentId,
               @Param("step") int step, @Param("part") int part);
}
