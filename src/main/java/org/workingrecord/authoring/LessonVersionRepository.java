package org.workingrecord.authoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonVersionRepository extends JpaRepository<LessonVersion, Long> {

    Optional<LessonVersion> findFirstByLessonRefOrderByNumberDesc(Long lessonRef);

    Optional<LessonVersion> findFirstByLessonRefAndPublishedAtNotNullOrderByNumberDesc(Long lessonRef);

    Optional<LessonVersion> findByLessonRefAndNumber(Long lessonRef, int number);

    List<LessonVersion> findByLessonRefOrderByNumberDesc(Long lessonRef);

    boolean existsBySourceVersionsContaining(String mark);
}
