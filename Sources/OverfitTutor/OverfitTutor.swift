// The tutor: session, command table, rendering. Knows nothing of readline or the terminal beyond `Terminal`.
