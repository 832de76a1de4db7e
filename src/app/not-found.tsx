import Link from "next/link";

export default function NotFound() {
  return (
    <div className="empty">
      <h1>Not found</h1>
      <p>That page, article or entity does not exist, or it was merged away.</p>
      <p>
        <Link href="/">Back to the overview</Link>
      </p>
    </div>
  );
}
