package org.workingrecord.authoring;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthoredLessonRepository extends JpaRepository<AuthoredLesson, Long> {

    List<AuthoredLesson> findByOwnerIdOrSharedTrueOrderByTitleAsc(Long ownerId);

    Optional<AuthoredLesson> findByLessonId(String lessonId);

    boolean existsByLessonId(String lessonId);

    int countByOwnerId(Long ownerId);
}
