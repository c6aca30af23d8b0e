package org.workingrecord.classroom;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StudentRepository extends JpaRepository<Student, Long> {
    Optional<Student> findByResumeCodeHash(String hash);

    boolean existsByClassIdAndNameKey(Long classId, String nameKey);

    List<Student> findByClassIdOrderByNameKey(Long classId);

    int countByClassId(Long classId);

    List<Student> findTop50ByNameKeyContainingOrderByNameKey(String part);

    /** The student with their class, in one query, if the class is not archived (checked on every student page). */
    @Query("select new org.workingrecord.classroom.StudentRef(s.id, c.id, s.displayName, c.name)"
            + " from Student s join SchoolClass c on c.id = s.classId where s.id = :id and c.archived = false")
    Optional<StudentRef> findCurrent(@Param("id") Long id);
}
