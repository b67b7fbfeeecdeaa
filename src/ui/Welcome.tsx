/**
 * The bilingual welcome line. index.html paints the very same markup before any script runs
 * (a newcomer has not chosen a language yet), and the sign-in screen keeps it in place, so
 * the first paint is already the screen's largest text.
 */
export function Welcome() {
  return (
    <p class="welcome-text">
      <span lang="en">You decide which businesses may message you.</span>{' '}
      <span lang="es">Tú decides qué empresas pueden escribirte.</span>
    </p>
  );
}
