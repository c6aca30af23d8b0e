package org.workingrecord.attempt;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnswerRepository extends JpaRepository<StoredAnswer, Long> {
    List<StoredAnswer> findByAttemptId(Long attemptId);

    Optional<StoredAnswer> findByAttemptIdAndQuestionKey(Long attemptId, String questionKey);

    List<StoredAnswer> findByAttemptIdIn(Collection<Long> attemptIds);

    /** Every answer of an assignment's attempts, in one query. */
    @Query("select a from StoredAnswer a where a.attemptId in (select t.id from Attempt t where t.assignmentId = :assignmentId)")
    List<StoredAnswer> findByAssignment(@Param("assignmentId") long assignmentId);
}
