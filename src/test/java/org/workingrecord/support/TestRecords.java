package org.workingrecord.support;

/** Records written for the tests (not historical documents). */
public final class TestRecords {

    private TestRecords() {
    }

    /** School council minutes mixing the notations minutes use: "Cde. X—", "X:", "(Cde. X)", "Comrade X.", turns over two lines. */
    public static final String COUNCIL = """
            Minutes of the School Council, 3 March 2026
            Present: N. S. Khrushchev, A. Novak, B. Smith, C. Jones.

            On the question of the school trip.
            Cde. Khrushchev—The trip should go ahead.
            It is good for the pupils.
            Novak: We need more money for the bus.
            It is too expensive. (Cde. Smith)
            N. S. Khrushchev: Ask the parents.

            Regarding the library.
            Comrade Novak. Open it on Saturdays.

            Decision: ask the parents.
            """;

    /** Two people with one surname, and one person written two ways the app cannot tell are one. */
    public static final String NAMESAKES = """
            Minutes of the Debating Club, 4 March 2026
            Present: A. Kovács, B. Kovács, Liu Shaotsi.

            On the question of the trip.
            A. Kovács: We should go by train.
            B. Kovács: The bus is cheaper.
            Liu Shaotsi: Let us vote.
            Comrade Shaotsi. The train wins.
            """;
}
