export default function Loading() {
  return (
    <>
      <h1>Timeline</h1>
      <p role="status" aria-live="polite" className="muted">
        Loading events…
      </p>
    </>
  );
}
