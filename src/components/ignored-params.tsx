/** Names the URL parameters a page dropped because they were not valid; the other filters still apply. */
export function IgnoredParams({ ignored, labels }: { ignored: string[]; labels: Record<string, string> }) {
  if (ignored.length === 0) return null;
  return (
    <p className="error-box" role="status">
      Ignored filters that were not valid: {ignored.map((k) => labels[k] ?? k).join(", ")}.
    </p>
  );
}
