export default function Loading() {
  return (
    <>
      <h1>Claims &amp; sources</h1>
      <p role="status" aria-live="polite" className="muted">
        Loading claims…
      </p>
    </>
  );
}
